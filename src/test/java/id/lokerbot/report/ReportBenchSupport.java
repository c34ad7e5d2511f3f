package id.lokerbot.report;

import id.lokerbot.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** For {@code id.lokerbot.bench.ReportBench}: synthetic read-model rows and timed dashboards. */
public final class ReportBenchSupport {

  private ReportBenchSupport() {}

  public static DataSource h2() {
    return ReportDatabases.freshH2();
  }

  public static DataSource postgres() {
    return ReportDatabases.freshPostgres();
  }

  /**
   * {@code people} synthetic people (35 regencies, half women, 2% with disabilities, ages 16-37,
   * three channels) and their stages over 2025 (reached all, assessed 1/2, eligible 1/4, trained
   * 1/16, referred 1/10 to one of two partners, interviewed 1/16, hired 1/32): about 2 rows per
   * person.
   */
  public static void fill(DataSource db, int people, boolean postgres) {
    JdbcClient jdbc = JdbcClient.create(db);
    String numbers =
        postgres
            ? "generate_series(1, " + people + ") as t(x)"
            : "system_range(1, " + people + ") t(x)";
    String day = postgres ? "(x % 365) * interval '1 day'" : "interval '1' day * (x % 365)";
    jdbc.sql(
            "insert into report_person (person_id, first_seen_at, channel, gender, age, regency,"
                + " disability, updated_at) select 'p' || x, timestamp '2025-01-01 08:00:00' + "
                + day
                + ", case x % 3 when 0 then 'whatsapp' when 1 then 'telegram' else 'sms' end,"
                + " case when x % 2 = 0 then 'female' else 'male' end, 16 + x % 22,"
                + " 'R' || (x % 35), x % 50 = 0, timestamp '2025-01-01 00:00:00' from "
                + numbers)
        .update();
    stage(jdbc, numbers, day, "reached", 1, "''");
    stage(jdbc, numbers, day, "assessed", 2, "''");
    stage(jdbc, numbers, day, "eligible", 4, "''");
    stage(jdbc, numbers, day, "trained", 16, "'biptak'");
    stage(
        jdbc,
        numbers,
        day,
        "referred",
        10,
        "case when x % 20 = 0 then 'alfamart' else 'biptak' end");
    stage(jdbc, numbers, day, "interviewed", 16, "'alfamart'");
    stage(jdbc, numbers, day, "hired", 32, "'alfamart'");
    if (postgres) {
      jdbc.sql("analyze").update();
    }
  }

  private static void stage(
      JdbcClient jdbc, String numbers, String day, String stage, int every, String partner) {
    jdbc.sql(
            "insert into report_stage (person_id, stage, partner, at, channel) select 'p' || x, '"
                + stage
                + "', "
                + partner
                + ", timestamp '2025-01-01 09:00:00' + "
                + day
                + ", case x % 3 when 0 then 'whatsapp' when 1 then 'telegram' else 'sms' end from "
                + numbers
                + " where x % "
                + every
                + " = 0")
        .update();
  }

  /** Milliseconds for one full dashboard (funnel, six splits, trend, filter lists) per filter. */
  public static Map<String, Long> timeDashboards(DataSource db) {
    JdbcClient jdbc = JdbcClient.create(db);
    ReportProperties properties =
        new ReportProperties(
            new ReportProperties.Targets(16000, 2000, 1600, 50, 2), 5, Duration.ofDays(1), 12);
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T00:00:00Z"));
    ReadModel readModel =
        new ReadModel(
            jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)), clock, properties);
    readModel.refresh();
    Reports reports = new Reports(new ReportQueries(jdbc), readModel, properties, clock);
    Map<String, ReportFilter> filters = new LinkedHashMap<>();
    filters.put("all time", ReportFilter.ALL);
    filters.put(
        "one quarter",
        new ReportFilter(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"), null, null));
    filters.put("one regency", new ReportFilter(null, null, "R7", null));
    filters.put("one partner", new ReportFilter(null, null, null, "alfamart"));
    Map<String, Long> millis = new LinkedHashMap<>();
    if (Integer.getInteger("bench.runs", 3) > 1) {
      reports.dashboard(ReportFilter.ALL); // warm up
    }
    for (Map.Entry<String, ReportFilter> filter : filters.entrySet()) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < Integer.getInteger("bench.runs", 3); run++) {
        long start = System.nanoTime();
        reports.dashboard(filter.getValue());
        best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
      }
      millis.put(filter.getKey(), best);
    }
    return millis;
  }
}
