package id.lokerbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
   * three channels) and their stages over 2025 (reached all, assessed 1/2, eligible 1/4, enrolled
   * 1/8 and trained 1/16 at one training partner, referred 1/10 to one of two partners, interviewed
   * 1/16, hired 1/32): one person row each, about 0.2 partner rows per person.
   */
  public static void fill(DataSource db, int people, boolean postgres) {
    JdbcClient jdbc = JdbcClient.create(db);
    String numbers =
        postgres
            ? "generate_series(1, " + people + ") as t(x)"
            : "system_range(1, " + people + ") t(x)";
    String day = postgres ? "(x % 365) * interval '1 day'" : "interval '1' day * (x % 365)";
    String at = "timestamp '2025-01-01 09:00:00' + " + day;
    jdbc.sql(
            "insert into report_person (person_id, channel, gender, age, regency, disability,"
                + " reached_at, assessed_at, eligible_at, enrolled_at, trained_at, referred_at,"
                + " interviewed_at, hired_at, updated_at) select 'p' || x,"
                + " case x % 3 when 0 then 'whatsapp' when 1 then 'telegram' else 'sms' end,"
                + " case when x % 2 = 0 then 'female' else 'male' end, 16 + x % 22,"
                + " 'R' || (x % 35), x % 50 = 0, "
                + at
                + ", "
                + every(2, at)
                + ", "
                + every(4, at)
                + ", "
                + every(8, at)
                + ", "
                + every(16, at)
                + ", "
                + every(10, at)
                + ", "
                + every(16, at)
                + ", "
                + every(32, at)
                + ", timestamp '2025-01-01 00:00:00' from "
                + numbers)
        .update();
    jdbc.sql(
            "insert into report_partner (person_id, partner, enrolled_at, trained_at, referred_at,"
                + " interviewed_at, hired_at) select 'p' || x, 'biptak', "
                + every(8, at)
                + ", "
                + every(16, at)
                + ", case when x % 10 = 0 and x % 20 <> 0 then "
                + at
                + " end, null, null from "
                + numbers
                + " where x % 8 = 0 or x % 10 = 0")
        .update();
    jdbc.sql(
            "insert into report_partner (person_id, partner, referred_at, interviewed_at,"
                + " hired_at) select 'p' || x, 'alfamart', "
                + every(20, at)
                + ", "
                + every(16, at)
                + ", "
                + every(32, at)
                + " from "
                + numbers
                + " where x % 20 = 0 or x % 16 = 0")
        .update();
    if (postgres) {
      jdbc.sql("analyze").update();
    }
  }

  private static String every(int n, String at) {
    return "case when x % " + n + " = 0 then " + at + " end";
  }

  /** Milliseconds for one full dashboard (funnel, six splits, trend, filter lists) per filter. */
  public static Map<String, Long> timeDashboards(DataSource db) {
    JdbcClient jdbc = JdbcClient.create(db);
    ReportProperties properties =
        new ReportProperties(
            new ReportProperties.Targets(16000, 2000, 1600, 50, 2),
            5,
            Duration.ofDays(1),
            12,
            List.of("search:show"));
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T00:00:00Z"));
    ReadModel readModel =
        new ReadModel(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(db)),
            clock,
            properties,
            person -> java.util.Optional.empty());
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
    // a fast page of wrong numbers would prove nothing: everyone filled in counts as reached
    long people = jdbc.sql("select count(*) from report_person").query(Long.class).single();
    assertThat(reports.dashboard(ReportFilter.ALL).table("funnel").rows().get(0))
        .startsWith("Reached", people);
    return millis;
  }
}
