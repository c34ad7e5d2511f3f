package id.lokerbot.bench;

import id.lokerbot.report.ReportBenchSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The report queries on 1M synthetic people (one read-model row each, about 0.2 partner rows per
 * person), on H2 and on PostgreSQL. Prints the best of three full dashboards per filter; asserts
 * nothing on timings.
 *
 * <p>{@code mvn -Pbench test -Dtest=ReportBench -Dsurefire.failIfNoSpecifiedTests=false} ({@code
 * -Dbench.people=100000} for a quicker run, {@code -Dbench.runs=1} for one run per filter, {@code
 * -Dtest=ReportBench#postgres} for one database).
 */
class ReportBench {

  static final int PEOPLE = Integer.getInteger("bench.people", 1_000_000);

  @Test
  void postgres() {
    run("PostgreSQL", ReportBenchSupport.postgres(), true);
  }

  @Test
  void h2() {
    run("H2", ReportBenchSupport.h2(), false);
  }

  private static void run(String name, DataSource db, boolean postgres) {
    long start = System.nanoTime();
    ReportBenchSupport.fill(db, PEOPLE, postgres);
    long filled = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%n[ReportBench] %s: %,d people inserted in %,d ms%n", name, PEOPLE, filled);
    ReportBenchSupport.timeDashboards(db)
        .forEach(
            (filter, ms) ->
                System.out.printf(
                    "[ReportBench] %s: full dashboard, %s: %,d ms%n", name, filter, ms));
  }
}
