package id.lokerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.LokerbotApplication;
import id.lokerbot.platform.TestPostgres;
import id.lokerbot.platform.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The turn pipeline through the simulator entry point ({@code POST /simulator/messages}, Redis
 * state, dedupe by message id, rate limiter, turn lock, engine, message log) against a bare
 * baseline in the same process ({@code POST /simulator/bench-baseline}, behind the same filters:
 * parses the same body, returns a fixed reply). Both are driven over loopback HTTP by the same
 * client. Prints figures; asserts nothing.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test -Dtest=TurnPipelineBench
 * -Dsurefire.failIfNoSpecifiedTests=false} (optional {@code -Dbench.seconds=5 -Dbench.rounds=3
 * -Dbench.concurrency=16 -Dbench.warmup=600}, the most seconds to warm up; {@code
 * -Dbench.db=postgres} for records in PostgreSQL, as in production, instead of the embedded H2).
 * Figures only mean something on an otherwise idle machine.
 */
class TurnPipelineBench {

  static final int SECONDS = Integer.getInteger("bench.seconds", 5);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);

  /** {@code h2} (the embedded default) or {@code postgres} (started here, or the one named). */
  static final String DB = System.getProperty("bench.db", "h2");

  /**
   * At most this long to warm up; it stops earlier once the JIT is nearly idle. A slow 2-core
   * machine needed 400 s: cut off at 300 s, its JIT was still compiling in the measured phases and
   * the ratio read 0.31-0.34 instead of 0.38.
   */
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 600);

  /** Nearly idle: compiling for at most this long in a 10 s warm-up step (2% of 2 cores). */
  static final long WARM_COMPILE_MILLIS = 400;

  /**
   * People write in turn, each at their own place in the script (person p starts at step p), so
   * every stretch of requests has the whole script in the same mix.
   */
  static final int PEOPLE = 1_000;

  static final String[] SCRIPT = {
    "halo", "2", "ya", "1", "menu", "3", "bantuan", "6", "bahasa", "1", "4", "tidak"
  };

  record Figures(
      double perSecond,
      double p50,
      double p99,
      long errors,
      double jvmCpu,
      double redisCpu,
      double switches) {
    /** CPU per request, this JVM and the servers it started, in ms. */
    double cpu() {
      return jvmCpu + redisCpu;
    }

    @Override
    public String toString() {
      return String.format(
          "%8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d   CPU per request: this JVM"
              + " %.3f ms, Redis (and PostgreSQL) %.3f ms; context switches per request %.1f",
          perSecond, p50, p99, errors, jvmCpu, redisCpu, switches);
    }
  }

  /**
   * What the JVM and the servers it started have used so far: this JVM's CPU in ns, each server
   * process's CPU in ns (by pid) and each thread's context switches (by pid/tid). Each hand-over
   * between threads (a request to its worker, a command to the Redis client's I/O thread and back)
   * is one or two switches, and on a small virtual machine a wake-up can cost more than the work it
   * hands over. Counted per process and thread so that one ending during a phase (an idle worker
   * retired, a PostgreSQL backend closed) drops out of both samples instead of taking its whole
   * count out of the second one: that printed negative figures. Its last moments in the phase go
   * uncounted. No switches where there is no /proc.
   */
  record Sample(long jvmCpu, Map<Long, Long> serverCpu, Map<String, Long> switches) {

    static Sample now() {
      List<ProcessHandle> servers = servers();
      long jvm =
          ((com.sun.management.OperatingSystemMXBean)
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      Map<Long, Long> serverCpu = new java.util.HashMap<>();
      for (ProcessHandle p : servers) {
        p.info().totalCpuDuration().ifPresent(d -> serverCpu.put(p.pid(), d.toNanos()));
      }
      Map<String, Long> switches = new java.util.HashMap<>();
      switchesOf(ProcessHandle.current().pid(), switches);
      for (ProcessHandle p : servers) {
        switchesOf(p.pid(), switches);
      }
      return new Sample(jvm, serverCpu, switches);
    }

    /** Per process or thread, what it used since {@code before} (from nothing if it is new). */
    static <K> long since(Map<K, Long> before, Map<K, Long> after) {
      long n = 0;
      for (Map.Entry<K, Long> e : after.entrySet()) {
        n += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      return n;
    }
  }

  /**
   * The Redis server the tests started (a child of this JVM) and the embedded PostgreSQL's
   * processes (pg_ctl starts them apart from it); none when the settings named servers elsewhere.
   */
  private static List<ProcessHandle> servers() {
    return java.util.stream.Stream.concat(
            ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false)),
            ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("embedded-pg")).orElse(false)))
        .toList();
  }

  private static void switchesOf(long pid, Map<String, Long> into) {
    java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
    for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
      try {
        long n = 0;
        for (String line : java.nio.file.Files.readAllLines(task.toPath().resolve("status"))) {
          if (line.contains("ctxt_switches:")) {
            n += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
          }
        }
        into.put(pid + "/" + task.getName(), n);
      } catch (java.io.IOException | RuntimeException gone) {
        // the thread ended meanwhile
      }
    }
  }

  private final HttpClient http = HttpClient.newBuilder().build();
  private final AtomicLong sequence = new AtomicLong();

  /** Time spent answering each step of the script (pipeline only), to see which steps cost. */
  private final java.util.concurrent.atomic.AtomicLongArray stepNanos =
      new java.util.concurrent.atomic.AtomicLongArray(SCRIPT.length);

  private final java.util.concurrent.atomic.AtomicLongArray stepCount =
      new java.util.concurrent.atomic.AtomicLongArray(SCRIPT.length);
  private String base;

  @Test
  void turnPipelineAgainstBaseline() throws Exception {
    TestRedis redis = TestRedis.shared();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--lokerbot.store=redis",
                "--spring.data.redis.url=" + redis.url(),
                // measure the whole pipeline, not the limiter's cheap "dropped" path
                "--lokerbot.conversation.max-messages-per-minute=1000000",
                "--logging.level.root=warn"));
    if (DB.equals("postgres")) {
      var db = (AbstractDriverBasedDataSource) TestPostgres.freshDatabase();
      args.add("--spring.datasource.url=" + db.getUrl());
      args.add("--spring.datasource.username=" + db.getUsername());
      args.add("--spring.datasource.password=" + Objects.toString(db.getPassword(), ""));
    }
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(LokerbotApplication.class)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "baselineRoute", RouterFunction.class, TurnPipelineBench::baseline))
            .run(args.toArray(String[]::new))) {
      base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      System.out.printf(
          "%nTurnPipelineBench: %d cores, %d s per phase, %d concurrent clients, Redis %s,"
              + " records in %s%n",
          Runtime.getRuntime().availableProcessors(), SECONDS, CONCURRENCY, redis.url(), DB);
      // Warm-up, alternating, with a quarter of the clients, until the JIT compiler is nearly idle:
      // on 2 cores at full load it gets no CPU, and both sides kept speeding up for minutes
      long warmStart = System.nanoTime();
      long compiling;
      do {
        long compiled = compileMillis();
        closedLoop("/simulator/bench-baseline", Duration.ofSeconds(5), CONCURRENCY / 4);
        closedLoop("/simulator/messages", Duration.ofSeconds(5), CONCURRENCY / 4);
        compiling = compileMillis() - compiled;
      } while (compiling > WARM_COMPILE_MILLIS
          && System.nanoTime() - warmStart < WARMUP_SECONDS * 1_000_000_000L);
      System.out.printf(
          "  warm-up: %.0f s; the JIT compiled for %,d ms in its last 10 s%n",
          (System.nanoTime() - warmStart) / 1e9, compiling);
      // Alternate the two, so a burst of load from elsewhere on the machine hits both alike;
      // keep each side's median round.
      List<Figures> baselines = new ArrayList<>();
      List<Figures> pipelines = new ArrayList<>();
      for (int i = 0; i < SCRIPT.length; i++) {
        stepNanos.set(i, 0);
        stepCount.set(i, 0);
      }
      for (int round = 0; round < ROUNDS; round++) {
        baselines.add(
            closedLoop("/simulator/bench-baseline", Duration.ofSeconds(SECONDS), CONCURRENCY));
        pipelines.add(closedLoop("/simulator/messages", Duration.ofSeconds(SECONDS), CONCURRENCY));
      }
      // an endpoint that answers errors (a 401 once) is not a baseline; nor is a failing pipeline
      assertThat(baselines).allSatisfy(f -> assertThat(f.errors()).isZero());
      assertThat(pipelines).allSatisfy(f -> assertThat(f.errors()).isZero());
      Figures baseline = median(baselines);
      Figures pipeline = median(pipelines);
      baselines.forEach(f -> System.out.println("  round, baseline      : " + f));
      pipelines.forEach(f -> System.out.println("  round, turn pipeline : " + f));
      System.out.print("  mean latency by script step (max-rate rounds):");
      for (int i = 0; i < SCRIPT.length; i++) {
        System.out.printf(
            " %s %.1f ms;", SCRIPT[i], stepNanos.get(i) / 1e6 / Math.max(1, stepCount.get(i)));
      }
      System.out.println();
      double half = pipeline.perSecond() / 2;
      // The open loop's own code and the server's paths at a lower rate get compiled here first,
      // not during the measured phase
      openLoop("/simulator/messages", half, Duration.ofSeconds(SECONDS));
      long[] gcBefore = gc();
      Map<String, Long> threadsBefore = threadCpu();
      Figures halfRate = openLoop("/simulator/messages", half, Duration.ofSeconds(SECONDS));
      Map<String, Long> threadsAfter = threadCpu();
      long[] gcAfter = gc();
      openLoop("/simulator/bench-baseline", baseline.perSecond() / 2, Duration.ofSeconds(SECONDS));
      Figures baselineHalf =
          openLoop(
              "/simulator/bench-baseline", baseline.perSecond() / 2, Duration.ofSeconds(SECONDS));
      // What a turn itself costs: the bare endpoint's CPU per request grows as the rate falls
      // (fewer requests share each wake-up and the JIT's work), so compare at the same rate
      Figures baselineAtPipelineRate =
          openLoop("/simulator/bench-baseline", pipeline.perSecond(), Duration.ofSeconds(SECONDS));
      System.out.println("  max rate, baseline      : " + baseline + " (median round)");
      System.out.println("  max rate, turn pipeline : " + pipeline + " (median round)");
      System.out.printf(
          "  ratio pipeline/baseline : %.2f (target >= 0.5)%n",
          pipeline.perSecond() / baseline.perSecond());
      System.out.printf(
          "  pipeline at %5.0f/s (half max): %s (target p99 <= 20 ms)%n", half, halfRate);
      System.out.printf(
          "    garbage collections meanwhile: %d, %d ms in all (a pause delays every request"
              + " in flight)%n",
          gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
      System.out.printf(
          "  baseline at %5.0f/s (half max): %s%n", baseline.perSecond() / 2, baselineHalf);
      System.out.printf(
          "  baseline at %5.0f/s (the pipeline's max): %s%n",
          pipeline.perSecond(), baselineAtPipelineRate);
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          "  a turn's own CPU per request (pipeline minus baseline at the same rate, JVM and"
              + " Redis): %.3f ms; a ratio of 0.5 leaves it %.3f ms (%d cores at half the"
              + " baseline's rate, less the baseline's own CPU there)%n",
          pipeline.cpu() - baselineAtPipelineRate.cpu(),
          cores * 1000.0 / (baseline.perSecond() / 2) - baselineHalf.cpu(),
          cores);
      System.out.println("  CPU of this JVM's threads during the pipeline's half-rate phase:");
      threadsAfter.entrySet().stream()
          .map(
              e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)))
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(8)
          .forEach(e -> System.out.printf("    %-28s %,8.0f ms%n", e.getKey(), e.getValue() / 1e6));
      System.out.println();
    }
  }

  /**
   * CPU so far of this process's threads (JIT compiler and GC included), by name with digits
   * dropped, from /proc; empty where there is no /proc.
   */
  private static Map<String, Long> threadCpu() {
    Map<String, Long> out = new java.util.TreeMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return out;
    }
    long tick = 10_000_000L; // USER_HZ 100
    for (java.io.File task : tasks) {
      try {
        String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        out.merge(name.replaceAll("\\d+", "N"), ticks * tick, Long::sum);
      } catch (java.io.IOException | RuntimeException gone) {
        // the thread ended meanwhile
      }
    }
    return out;
  }

  private static long compileMillis() {
    return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Collections so far and milliseconds spent in them, over every collector. */
  private static long[] gc() {
    long count = 0;
    long millis = 0;
    for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, bean.getCollectionCount());
      millis += Math.max(0, bean.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  static RouterFunction<ServerResponse> baseline() {
    record Request(String from, String text, String choice, String id) {}
    return RouterFunctions.route()
        .POST(
            "/simulator/bench-baseline",
            request -> {
              Request body = request.body(Request.class);
              return ServerResponse.ok()
                  .body(
                      Map.of(
                          "replies",
                          List.of(
                              Map.of(
                                  "text",
                                  "fixed reply to " + body.from(),
                                  "choices",
                                  List.of(),
                                  "plain",
                                  "fixed reply"))));
            })
        .build();
  }

  private static Figures median(List<Figures> rounds) {
    List<Figures> sorted = new ArrayList<>(rounds);
    sorted.sort(java.util.Comparator.comparingDouble(Figures::perSecond));
    return sorted.get(sorted.size() / 2);
  }

  /** As fast as some clients can go, each waiting for its answer before the next. */
  private Figures closedLoop(String path, Duration length, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Sample before = Sample.now();
    long end = System.nanoTime() + length.toNanos();
    long start = System.nanoTime();
    // HdrHistograms, not arrays of every latency: those were humongous allocations that gave the
    // server 100 ms garbage-collection pauses of the benchmark's own making
    Histogram latencies = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < clients; w++) {
      workers.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  if (!send(path)) {
                    errors.incrementAndGet();
                  }
                  latencies.recordValue(System.nanoTime() - t0);
                }
              }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Figures figures = figures(latencies, latencies.getTotalCount() / seconds, errors.get(), before);
    end(pool);
    return figures;
  }

  /**
   * A fixed arrival rate: latency counts from when each request was due, so a stall shows up in the
   * figures instead of slowing the sender down.
   */
  private Figures openLoop(String path, double perSecond, Duration length) throws Exception {
    int total = (int) (perSecond * length.toSeconds());
    ExecutorService pool = Executors.newFixedThreadPool(64);
    Sample before = Sample.now();
    long start = System.nanoTime() + 50_000_000L;
    long interval = (long) (1e9 / perSecond);
    Histogram latencies = new ConcurrentHistogram(3);
    AtomicLong errors = new AtomicLong();
    List<Future<?>> results = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      results.add(
          pool.submit(
              () -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!send(path)) {
                  errors.incrementAndGet();
                }
                latencies.recordValue(System.nanoTime() - due);
                return null;
              }));
    }
    for (Future<?> f : results) {
      f.get();
    }
    Figures figures = figures(latencies, perSecond, errors.get(), before);
    end(pool);
    return figures;
  }

  /**
   * A phase's pool ends before the next phase starts counting, so that its threads are not counted
   * in a phase they do no work for.
   */
  private static void end(ExecutorService pool) throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }

  private boolean send(String path) {
    long n = sequence.incrementAndGet();
    int step = (int) ((n / PEOPLE + n % PEOPLE) % SCRIPT.length);
    String person = "sim:bench-" + (n % PEOPLE);
    String text = SCRIPT[step];
    long start = System.nanoTime();
    String body = "{\"from\":\"" + person + "\",\"text\":\"" + text + "\",\"id\":\"b-" + n + "\"}";
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (path.equals("/simulator/messages")) {
        stepNanos.addAndGet(step, System.nanoTime() - start);
        stepCount.incrementAndGet(step);
      }
      return response.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private static Figures figures(
      Histogram latencies, double perSecond, long errors, Sample before) {
    Sample after = Sample.now();
    long n = Math.max(1, latencies.getTotalCount());
    return new Figures(
        perSecond,
        latencies.getValueAtPercentile(50) / 1e6,
        latencies.getValueAtPercentile(99) / 1e6,
        errors,
        (after.jvmCpu() - before.jvmCpu()) / 1e6 / n,
        Sample.since(before.serverCpu(), after.serverCpu()) / 1e6 / n,
        Sample.since(before.switches(), after.switches()) / (double) n);
  }
}
