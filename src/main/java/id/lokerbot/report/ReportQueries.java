package id.lokerbot.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL over the read model, the same on PostgreSQL and H2. One row per person holds the first
 * date of each stage, so a count of rows is a count of distinct people: a person referred to two
 * partners is one person referred (and one in each partner's group). The funnel and the five person
 * splits come from one scan grouped by all five dimensions at once (a few thousand groups at most),
 * added up here; the partner split and the trend are one statement each. Raw counts: suppression
 * happens in {@link Reports}, before anything leaves the module.
 */
@Repository
class ReportQueries {

  /** A count of people in one group at one stage. */
  record Cell(Stage stage, String group, long people) {}

  /**
   * The funnel and every split, for one filter, and the regencies that occur (whatever the period
   * or partner; all of them unless a regency is chosen).
   */
  record Counts(
      Map<Stage, Long> funnel, Map<Dimension, List<Cell>> splits, List<String> regencies) {}

  /** The five dimensions of a person, grouped by together. */
  private static final List<Dimension> PERSON =
      List.of(
          Dimension.GENDER,
          Dimension.DISABILITY,
          Dimension.AGE_BAND,
          Dimension.REGENCY,
          Dimension.CHANNEL);

  /** The group of people without a value (see {@link Dimension}). */
  private static final String NOT_RECORDED = "not recorded";

  private final JdbcClient jdbc;
  private volatile Boolean isH2;

  ReportQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Stage, Long> funnel(ReportFilter filter) {
    return counts(filter).funnel();
  }

  List<Cell> breakdown(Dimension dimension, ReportFilter filter) {
    return counts(filter).splits().get(dimension);
  }

  Counts counts(ReportFilter filter) {
    Map<Stage, Long> funnel = new EnumMap<>(Stage.class);
    Map<Dimension, Map<String, Map<Stage, Long>>> groups = new EnumMap<>(Dimension.class);
    PERSON.forEach(d -> groups.put(d, new LinkedHashMap<>()));
    // without a partner filter every stage comes from the person's row; with one, the partner
    // stages come from that partner's rows
    List<Stage> personStages = new ArrayList<>();
    List<Stage> partnerStages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      (filter.partner() != null && stage.partnerStage() ? partnerStages : personStages).add(stage);
    }
    cube(personStages, false, filter, funnel, groups);
    if (!partnerStages.isEmpty()) {
      cube(partnerStages, true, filter, funnel, groups);
    }
    Map<Dimension, List<Cell>> splits = new EnumMap<>(Dimension.class);
    groups.forEach(
        (dimension, byGroup) -> {
          List<Cell> cells = new ArrayList<>();
          byGroup.forEach(
              (group, counts) ->
                  counts.forEach(
                      (stage, people) -> {
                        if (people > 0) {
                          cells.add(new Cell(stage, group, people));
                        }
                      }));
          splits.put(dimension, cells);
        });
    splits.put(Dimension.PARTNER, byPartner(filter));
    funnel.values().removeIf(people -> people == 0); // like the splits: what occurs
    List<String> regencies =
        filter.regency() == null
            ? groups.get(Dimension.REGENCY).keySet().stream()
                .filter(r -> !r.equals(NOT_RECORDED))
                .sorted()
                .toList()
            : regencies();
    return new Counts(funnel, splits, regencies);
  }

  /** One scan grouped by all person dimensions; adds into the funnel and each split. */
  private void cube(
      List<Stage> stages,
      boolean fromPartner,
      ReportFilter filter,
      Map<Stage, Long> funnel,
      Map<Dimension, Map<String, Map<Stage, Long>>> groups) {
    List<Object> params = new ArrayList<>();
    StringBuilder inner = new StringBuilder("select ");
    StringBuilder outer = new StringBuilder("select ");
    for (int i = 0; i < PERSON.size(); i++) {
      inner.append(PERSON.get(i).sql()).append(" as g").append(i).append(", ");
      outer.append("g").append(i).append(", ");
    }
    String table = fromPartner ? "rp" : "p";
    for (int i = 0; i < stages.size(); i++) {
      String column = table + "." + stages.get(i).column();
      inner.append(i == 0 ? "" : ", ").append(column).append(" as s").append(i);
      outer
          .append(i == 0 ? "" : ", ")
          .append("sum(case when ")
          .append(period("s" + i, filter, params))
          .append(" then 1 else 0 end)");
    }
    inner.append(
        fromPartner
            ? " from report_partner rp join report_person p on p.person_id = rp.person_id"
            : " from report_person p");
    List<String> conditions = new ArrayList<>();
    if (filter.regency() != null) {
      conditions.add("p.regency = ?");
      params.add(filter.regency());
    }
    if (fromPartner) {
      conditions.add("rp.partner = ?");
      params.add(filter.partner());
    }
    if (!conditions.isEmpty()) {
      inner.append(" where ").append(String.join(" and ", conditions));
    }
    StringBuilder groupBy = new StringBuilder();
    for (int i = 0; i < PERSON.size(); i++) {
      groupBy.append(i == 0 ? "" : ", ").append("g").append(i);
    }
    String sql = outer + " from (" + inner + ") x group by " + groupBy;
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              for (int s = 0; s < stages.size(); s++) {
                long people = rs.getLong(PERSON.size() + 1 + s);
                Stage stage = stages.get(s);
                funnel.merge(stage, people, Long::sum);
                for (int d = 0; d < PERSON.size(); d++) {
                  groups
                      .get(PERSON.get(d))
                      .computeIfAbsent(rs.getString(d + 1), g -> new EnumMap<>(Stage.class))
                      .merge(stage, people, Long::sum);
                }
              }
            });
  }

  /** People per partner at each partner stage. */
  private List<Cell> byPartner(ReportFilter filter) {
    List<Stage> stages = partnerStages();
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select rp.partner");
    for (Stage stage : stages) {
      sql.append(", sum(case when ")
          .append(period("rp." + stage.column(), filter, params))
          .append(" then 1 else 0 end)");
    }
    sql.append(" from report_partner rp");
    List<String> conditions = new ArrayList<>();
    if (filter.regency() != null) {
      sql.append(" join report_person p on p.person_id = rp.person_id");
      conditions.add("p.regency = ?");
      params.add(filter.regency());
    }
    if (filter.partner() != null) {
      conditions.add("rp.partner = ?");
      params.add(filter.partner());
    }
    if (!conditions.isEmpty()) {
      sql.append(" where ").append(String.join(" and ", conditions));
    }
    sql.append(" group by rp.partner");
    List<Cell> cells = new ArrayList<>();
    jdbc.sql(sql.toString())
        .params(params)
        .query(
            rs -> {
              for (int s = 0; s < stages.size(); s++) {
                long people = rs.getLong(s + 2);
                if (people > 0) {
                  cells.add(new Cell(stages.get(s), rs.getString(1), people));
                }
              }
            });
    return cells;
  }

  private static List<Stage> partnerStages() {
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stage.partnerStage()) {
        stages.add(stage);
      }
    }
    return stages;
  }

  /** People per stage and week (weeks start on Monday, UTC), as ISO dates. One statement. */
  List<Cell> trend(ReportFilter filter) {
    // PostgreSQL's 'week' starts on Monday; H2's starts on Sunday, its 'ISO_WEEK' on Monday
    String unit = h2() ? "ISO_WEEK" : "week";
    List<Object> params = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      boolean fromPartner = filter.partner() != null && stage.partnerStage();
      String column = (fromPartner ? "rp." : "p.") + stage.column();
      StringBuilder part =
          new StringBuilder("select '")
              .append(stage.code())
              .append("' as stage, cast(date_trunc('")
              .append(unit)
              .append("', ")
              .append(column)
              .append(") as date) as week from ")
              .append(
                  fromPartner
                      ? "report_partner rp join report_person p on p.person_id = rp.person_id"
                      : "report_person p")
              .append(" where ")
              .append(period(column, filter, params));
      if (filter.regency() != null) {
        part.append(" and p.regency = ?");
        params.add(filter.regency());
      }
      if (fromPartner) {
        part.append(" and rp.partner = ?");
        params.add(filter.partner());
      }
      parts.add(part.toString());
    }
    String sql =
        "select stage, week, count(*) from ("
            + String.join(" union all ", parts)
            + ") t group by stage, week";
    List<Cell> cells = new ArrayList<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              Object week = rs.getObject(2);
              String key =
                  week instanceof java.sql.Date d
                      ? d.toLocalDate().toString()
                      : week instanceof LocalDate d ? d.toString() : String.valueOf(week);
              cells.add(new Cell(Stage.of(rs.getString(1)), key, rs.getLong(3)));
            });
    return cells;
  }

  /** The condition that the date column lies in the filter's period (set, when open). */
  private static String period(String column, ReportFilter filter, List<Object> params) {
    StringBuilder condition = new StringBuilder(column).append(" is not null");
    Timestamp from = filter.fromInclusive();
    if (from != null) {
      condition.append(" and ").append(column).append(" >= ?");
      params.add(from);
    }
    Timestamp to = filter.toExclusive();
    if (to != null) {
      condition.append(" and ").append(column).append(" < ?");
      params.add(to);
    }
    return condition.toString();
  }

  private boolean h2() {
    Boolean h2 = isH2;
    if (h2 == null) {
      h2 =
          jdbc.sql("select 1")
              .query(
                  rs -> {
                    return rs.getStatement()
                        .getConnection()
                        .getMetaData()
                        .getDatabaseProductName()
                        .startsWith("H2");
                  });
      isH2 = h2;
    }
    return h2;
  }

  /** Regencies that occur, for the filter. */
  List<String> regencies() {
    return jdbc.sql(
            "select distinct regency from report_person where regency is not null order by"
                + " regency")
        .query(String.class)
        .list();
  }

  /** Partners that occur, for the filter. */
  List<String> partners() {
    return jdbc.sql("select distinct partner from report_partner order by partner")
        .query(String.class)
        .list();
  }
}
