package id.lokerbot.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** Builds the dashboard's tables from the read model, with small cells suppressed. */
@Service
class Reports {

  /** Every table on the dashboard, for one filter, and what the filter can choose from. */
  record Dashboard(
      ReportFilter filter,
      List<ReportTable> tables,
      List<String> regencies,
      List<String> partners) {

    ReportTable table(String id) {
      return tables.stream()
          .filter(t -> t.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no report table " + id));
    }
  }

  private static final String NA = "—";
  private static final int MAX_TREND_WEEKS = 104;

  private final ReportQueries queries;
  private final ReadModel readModel;
  private final ReportProperties properties;
  private final Suppression suppression;
  private final Clock clock;

  Reports(ReportQueries queries, ReadModel readModel, ReportProperties properties, Clock clock) {
    this.queries = queries;
    this.readModel = readModel;
    this.properties = properties;
    this.suppression = new Suppression(properties.suppressBelow());
    this.clock = clock;
  }

  Dashboard dashboard(ReportFilter filter) {
    readModel.refreshIfStale();
    ReportQueries.Counts counts = queries.counts(filter);
    Map<Stage, Long> funnel = counts.funnel();
    Map<Dimension, List<ReportQueries.Cell>> splits = counts.splits();
    List<ReportTable> tables = new ArrayList<>();
    tables.add(targets(funnel, splits));
    tables.add(funnel(funnel));
    tables.add(shares(splits));
    for (Dimension dimension : Dimension.values()) {
      tables.add(breakdown(dimension, splits.get(dimension)));
    }
    tables.add(trend(filter));
    return new Dashboard(filter, tables, counts.regencies(), queries.partners());
  }

  private ReportTable targets(
      Map<Stage, Long> funnel, Map<Dimension, List<ReportQueries.Cell>> splits) {
    ReportProperties.Targets t = properties.targets();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(against("People given job information (reached)", Stage.REACHED, t.reached(), funnel));
    rows.add(against("Trained", Stage.TRAINED, t.trained(), funnel));
    rows.add(against("Placed in work (hired)", Stage.HIRED, t.hired(), funnel));
    Map<String, Long> gender = groups(splits.get(Dimension.GENDER), Stage.REACHED);
    long women = gender.getOrDefault("female", 0L);
    long genderKnown = women + gender.getOrDefault("male", 0L) + gender.getOrDefault("other", 0L);
    rows.add(
        row(
            "Women among those reached (of those whose gender is recorded)",
            Suppression.percent(t.womenPercent()),
            suppression.share(women, genderKnown),
            NA));
    Map<String, Long> disability = groups(splits.get(Dimension.DISABILITY), Stage.REACHED);
    long disabled = disability.getOrDefault("with disability", 0L);
    long disabilityKnown = disabled + disability.getOrDefault("without disability", 0L);
    rows.add(
        row(
            "People with disabilities among those reached (of those asked)",
            Suppression.percent(t.disabilityPercent()),
            suppression.share(disabled, disabilityKnown),
            NA));
    return new ReportTable(
        "targets",
        "Targets and actuals",
        "Programme targets (SINERGI phase II) against the people counted in the chosen period.",
        List.of("measure", "target", "actual", "of target"),
        rows);
  }

  private List<Object> against(String label, Stage stage, long target, Map<Stage, Long> funnel) {
    long actual = funnel.getOrDefault(stage, 0L);
    Object shown = suppression.count(actual);
    String ofTarget =
        shown instanceof Long && target > 0 ? Suppression.percent(100.0 * actual / target) : NA;
    return row(label, target, shown, ofTarget);
  }

  private ReportTable funnel(Map<Stage, Long> funnel) {
    long reached = funnel.getOrDefault(Stage.REACHED, 0L);
    List<List<Object>> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      long people = funnel.getOrDefault(stage, 0L);
      Object shown = suppression.count(people);
      String ofReached =
          shown instanceof Long && reached > 0 && stage != Stage.REACHED
              ? Suppression.percent(100.0 * people / reached)
              : NA;
      rows.add(row(stage.label(), shown, ofReached, ReadModel.sourceOf(stage)));
    }
    return new ReportTable(
        "funnel",
        "Funnel",
        "People who reached each stage in the period (each person counted once per stage).",
        List.of("stage", "people", "of reached", "source"),
        rows);
  }

  private ReportTable shares(Map<Dimension, List<ReportQueries.Cell>> splits) {
    List<List<Object>> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Map<String, Long> gender = groups(splits.get(Dimension.GENDER), stage);
      long women = gender.getOrDefault("female", 0L);
      long genderKnown = women + gender.getOrDefault("male", 0L) + gender.getOrDefault("other", 0L);
      Map<String, Long> disability = groups(splits.get(Dimension.DISABILITY), stage);
      long disabled = disability.getOrDefault("with disability", 0L);
      long disabilityKnown = disabled + disability.getOrDefault("without disability", 0L);
      rows.add(
          row(
              stage.label(),
              suppression.count(women),
              suppression.share(women, genderKnown),
              suppression.count(gender.getOrDefault("not recorded", 0L)),
              suppression.count(disabled),
              suppression.share(disabled, disabilityKnown)));
    }
    ReportProperties.Targets t = properties.targets();
    return new ReportTable(
        "shares",
        "Women and people with disabilities",
        "Targets: "
            + Suppression.percent(t.womenPercent())
            + " women, "
            + Suppression.percent(t.disabilityPercent())
            + " with disabilities. Shares are of the people for whom it is recorded.",
        List.of(
            "stage",
            "women",
            "women share",
            "gender not recorded",
            "with disability",
            "disability share"),
        rows);
  }

  private ReportTable breakdown(Dimension dimension, List<ReportQueries.Cell> cells) {
    Map<String, Map<Stage, Long>> byGroup = new LinkedHashMap<>();
    dimension.order().forEach(g -> byGroup.put(g, new EnumMap<>(Stage.class)));
    TreeSet<String> others = new TreeSet<>();
    for (ReportQueries.Cell cell : cells) {
      if (!byGroup.containsKey(cell.group())) {
        others.add(cell.group());
      }
    }
    others.forEach(g -> byGroup.put(g, new EnumMap<>(Stage.class)));
    cells.forEach(c -> byGroup.get(c.group()).put(c.stage(), c.people()));
    List<List<Object>> rows = new ArrayList<>();
    boolean partner = dimension == Dimension.PARTNER;
    byGroup.forEach((group, counts) -> rows.add(stageRow(group, counts, partner)));
    return new ReportTable(
        dimension.table(),
        "By " + dimension.title().substring(0, 1).toLowerCase() + dimension.title().substring(1),
        partner
            ? "People per partner at each partner stage (a person with two partners counts in"
                + " both)."
            : "People per stage in each group.",
        stageColumns(dimension.title().toLowerCase().split(" \\(")[0]),
        rows);
  }

  private ReportTable trend(ReportFilter filter) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate to = filter.to() != null ? filter.to() : today;
    LocalDate from =
        filter.from() != null ? filter.from() : to.minusWeeks(properties.trendWeeks() - 1L);
    LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastWeek = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (ChronoUnit.WEEKS.between(firstWeek, lastWeek) >= MAX_TREND_WEEKS) {
      firstWeek = lastWeek.minusWeeks(MAX_TREND_WEEKS - 1L);
      from = firstWeek;
    }
    ReportFilter period = new ReportFilter(from, to, filter.regency(), filter.partner());
    Map<String, Map<Stage, Long>> byWeek = new LinkedHashMap<>();
    for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
      byWeek.put(week.toString(), new EnumMap<>(Stage.class));
    }
    for (ReportQueries.Cell cell : queries.trend(period)) {
      byWeek
          .computeIfAbsent(cell.group(), w -> new EnumMap<>(Stage.class))
          .put(cell.stage(), cell.people());
    }
    List<List<Object>> rows = new ArrayList<>();
    byWeek.forEach((week, counts) -> rows.add(stageRow(week, counts, false)));
    return new ReportTable(
        "trend",
        "Week by week",
        "People reaching each stage per week (weeks start on Monday, UTC), "
            + from
            + " to "
            + to
            + ".",
        stageColumns("week"),
        rows);
  }

  /** A group's counts per stage; in the partner table, stages without a partner are "—". */
  private List<Object> stageRow(String group, Map<Stage, Long> counts, boolean partnerOnly) {
    List<Object> row = new ArrayList<>();
    row.add(group);
    for (Stage stage : Stage.values()) {
      row.add(
          partnerOnly && !stage.partnerStage()
              ? NA
              : suppression.count(counts.getOrDefault(stage, 0L)));
    }
    return row;
  }

  private static List<String> stageColumns(String first) {
    List<String> columns = new ArrayList<>();
    columns.add(first);
    for (Stage stage : Stage.values()) {
      columns.add(stage.code());
    }
    return columns;
  }

  private static Map<String, Long> groups(List<ReportQueries.Cell> cells, Stage stage) {
    Map<String, Long> groups = new LinkedHashMap<>();
    cells.stream().filter(c -> c.stage() == stage).forEach(c -> groups.put(c.group(), c.people()));
    return groups;
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(List.of(cells));
  }
}
