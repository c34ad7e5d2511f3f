package id.lokerbot.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL over the read model, the same on PostgreSQL and H2. Every count is of distinct people: a
 * person referred to two partners is one person referred. Raw counts: suppression happens in {@link
 * Reports}, before anything leaves the module.
 */
@Repository
class ReportQueries {

  /** A count of people in one group at one stage. */
  record Cell(Stage stage, String group, long people) {}

  private final JdbcClient jdbc;
  private volatile Boolean isH2;

  ReportQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Stage, Long> funnel(ReportFilter filter) {
    Where where = where(filter);
    // distinct first, then count: hash aggregation instead of a sort per group on PostgreSQL
    String sql =
        "select stage, count(*) from (select distinct s.stage, s.person_id from report_stage s"
            + join(filter.regency() != null)
            + where.sql
            + ") d group by stage";
    Map<Stage, Long> counts = new EnumMap<>(Stage.class);
    jdbc.sql(sql)
        .params(where.params)
        .query(
            rs -> {
              counts.put(Stage.of(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  List<Cell> breakdown(Dimension dimension, ReportFilter filter) {
    return grouped(dimension.sql(), dimension.needsPerson(), filter);
  }

  /** People per stage and week (weeks start on Monday, UTC), as ISO dates. */
  List<Cell> trend(ReportFilter filter) {
    // PostgreSQL's 'week' starts on Monday; H2's starts on Sunday, its 'ISO_WEEK' on Monday
    String unit = h2() ? "ISO_WEEK" : "week";
    return grouped("cast(date_trunc('" + unit + "', s.at) as date)", false, filter);
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
    return jdbc.sql(
            "select distinct partner from report_stage where partner <> '' order by partner")
        .query(String.class)
        .list();
  }

  /** Whether any row was ever recorded for the stage (any period, any filter). */
  boolean anyRecorded(Stage stage) {
    return jdbc.sql("select count(*) from (select 1 from report_stage where stage = ? limit 1) x")
            .param(stage.code())
            .query(Long.class)
            .single()
        > 0;
  }

  private List<Cell> grouped(String groupSql, boolean needsPerson, ReportFilter filter) {
    Where where = where(filter);
    String sql =
        "select stage, grp, count(*) from (select distinct s.stage, "
            + groupSql
            + " as grp, s.person_id from report_stage s"
            + join(needsPerson || filter.regency() != null)
            + where.sql
            + ") d group by stage, grp";
    List<Cell> cells = new ArrayList<>();
    jdbc.sql(sql)
        .params(where.params)
        .query(
            rs -> {
              Object group = rs.getObject(2);
              String key =
                  group instanceof java.sql.Date d
                      ? d.toLocalDate().toString()
                      : group instanceof LocalDate d ? d.toString() : String.valueOf(group);
              cells.add(new Cell(Stage.of(rs.getString(1)), key, rs.getLong(3)));
            });
    return cells;
  }

  private static String join(boolean needed) {
    return needed ? " join report_person p on p.person_id = s.person_id" : "";
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(ReportFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    Timestamp from = filter.fromInclusive();
    if (from != null) {
      conditions.add("s.at >= ?");
      params.add(from);
    }
    Timestamp to = filter.toExclusive();
    if (to != null) {
      conditions.add("s.at < ?");
      params.add(to);
    }
    if (filter.regency() != null) {
      conditions.add("p.regency = ?");
      params.add(filter.regency());
    }
    if (filter.partner() != null) {
      // the partner filter narrows the partner stages; reach and assessment have no partner
      conditions.add("(s.partner = ? or s.partner = '')");
      params.add(filter.partner());
    }
    return new Where(
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
  }
}
