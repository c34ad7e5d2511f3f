package id.lokerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.alert.AlertBenchSupport;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Alert matching at scale: 1,000,000 synthetic subscriptions (80 % one regency, 50 % one sector,
 * 0/1/2 keywords 10/60/30 % Zipf-drawn) in the production subscription index; build time, heap,
 * matching latency per new vacancy (p50/p99), and the rate at which one widely matching vacancy
 * fills the delivery table. Prints figures; never fails on a timing.
 *
 * <p>{@code mvn -Pbench test -Dtest=AlertMatchingBench -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-Xmx2g}
 */
class AlertMatchingBench {

  static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 1_000_000);
  static final int WARMUP = 100;
  static final int VACANCIES = 500;
  static final int QUEUED = Integer.getInteger("bench.queued", 50_000);

  /** true: time what production runs (ids plus delivery details); false: ids only. */
  static final boolean HITS = !"false".equals(System.getProperty("bench.hits"));

  @Test
  void matching() throws Exception {
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    try (AlertBenchSupport bench = new AlertBenchSupport(42)) {
      long buildMs = bench.build(SUBSCRIPTIONS);
      long heap = usedAfterGc(rt) - before;
      System.out.printf(
          "alert index: %,d subscriptions built in %,d ms (%,.0f/s); heap for the index %,.0f MB%n",
          bench.indexed(), buildMs, SUBSCRIPTIONS * 1000.0 / buildMs, heap / 1048576.0);
      // figures of a wrong index would mean nothing: every subscription is in it, and both ways
      // of matching find the same subscriptions for an offer
      assertThat(bench.indexed()).isEqualTo(SUBSCRIPTIONS);
      var probe = bench.vacancy();
      assertThat(bench.hits(probe, bench.terms(probe)))
          .isEqualTo(bench.match(probe, bench.terms(probe)));
      for (int i = 0; i < WARMUP; i++) {
        var v = bench.vacancy();
        bench.match(v, bench.terms(v));
      }
      long[] matchNanos = new long[VACANCIES];
      long[] termNanos = new long[VACANCIES];
      long[] cpuNanos = new long[VACANCIES];
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long matches = 0;
      for (int i = 0; i < VACANCIES; i++) {
        var v = bench.vacancy();
        long t0 = System.nanoTime();
        Set<String> terms = bench.terms(v);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        matches += HITS ? bench.hits(v, terms) : bench.match(v, terms);
        long t2 = System.nanoTime();
        cpuNanos[i] = threads.getCurrentThreadCpuTime() - c1;
        termNanos[i] = t1 - t0;
        matchNanos[i] = t2 - t1;
      }
      System.out.printf(
          (HITS ? "matching with delivery details" : "matching, ids only")
              + " per vacancy: p50 %.2f ms, p99 %.2f ms, max %.2f ms wall; CPU time p50 %.2f"
              + " ms, p99 %.2f ms; analysis p50 %.2f ms; %,d matches per vacancy on average (%d"
              + " vacancies)%n",
          pct(matchNanos, 50),
          pct(matchNanos, 99),
          pct(matchNanos, 100),
          pct(cpuNanos, 50),
          pct(cpuNanos, 99),
          pct(termNanos, 50),
          matches / VACANCIES,
          VACANCIES);
      assertThat(matches).as("matches over %d vacancies", VACANCIES).isPositive();
      System.out.printf(
          "machine load average while measuring: %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
    for (int run = 0; run < 2; run++) {
      long[] q = AlertBenchSupport.queueing(QUEUED);
      assertThat(q[0]).as("rows queued").isEqualTo(QUEUED);
      System.out.printf(
          "queueing: one vacancy matching %,d subscriptions of %,d people -> %,d rows in %,d ms"
              + " (%,d rows/s, H2 in memory)%n",
          QUEUED, QUEUED, q[0], q[1], q[0] * 1000 / Math.max(1, q[1]));
    }
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static long usedAfterGc(Runtime rt) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
