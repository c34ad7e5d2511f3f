package id.lokerbot.alert;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets {@code id.lokerbot.bench.AlertMatchingBench} drive the production subscription index,
 * matching and delivery queue without Spring: synthetic subscriptions (the mix of search.md section
 * 8.2) and vacancies, and an H2 database migrated by Flyway for the queueing rate.
 */
public final class AlertBenchSupport implements AutoCloseable {

  static final String[] WORDS = {
    "kasir",
    "jahit",
    "gudang",
    "sopir",
    "admin",
    "masak",
    "rawat",
    "pramuniaga",
    "operator",
    "kurir",
    "satpam",
    "las",
    "montir",
    "salon",
    "guru",
    "kebun",
    "tani",
    "bangun",
    "cat",
    "cuci",
    "antar",
    "jaga",
    "toko",
    "pabrik",
    "garmen",
    "kopi",
    "roti",
    "ikan",
    "kayu",
    "batik",
    "helper",
    "produksi",
    "packing",
    "finishing",
    "cutting",
    "sablon",
    "bordir",
    "konveksi",
    "minimarket",
    "barista",
    "pelayan",
    "dapur",
    "cleaning",
    "service",
    "teknisi",
    "listrik",
    "bengkel",
    "motor",
    "mobil",
    "ekspedisi",
    "logistik",
    "marketing",
    "sales",
    "promosi",
    "gerai",
    "apotek",
    "klinik",
    "bidan",
    "laundry",
    "setrika"
  };
  static final int VOCABULARY = 200;
  static final String[] SECTORS = "ABCDEFGHIJKLMNOPQRSTU".split("");

  private final Terms terms = new Terms();
  private final List<String> vocabulary = new ArrayList<>();
  private final double[] zipf;
  private final Random random;
  private SubscriptionIndex index;

  public AlertBenchSupport(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < VOCABULARY; i++) {
      String word =
          i < WORDS.length
              ? WORDS[i]
              : "kerja" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
      List<String> analysed = terms.keywords(word);
      if (!analysed.isEmpty() && !vocabulary.contains(analysed.get(0))) {
        vocabulary.add(analysed.get(0));
      }
    }
    zipf = new double[vocabulary.size()];
    double sum = 0;
    for (int i = 0; i < zipf.length; i++) {
      sum += 1.0 / (i + 1);
      zipf[i] = sum;
    }
    for (int i = 0; i < zipf.length; i++) {
      zipf[i] /= sum;
    }
  }

  public static String regency(int i) {
    return "33." + (i < 29 ? String.format("%02d", i + 1) : String.valueOf(71 + i - 29));
  }

  private String word() {
    double r = random.nextDouble();
    int lo = 0;
    int hi = zipf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (zipf[mid] < r) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return vocabulary.get(lo);
  }

  /** One synthetic subscription: 80 % one regency, 50 % one sector, 0/1/2 keywords 10/60/30 %. */
  Subscription subscription(long id, String person) {
    List<String> regencies =
        random.nextDouble() < 0.8 ? List.of(regency(random.nextInt(35))) : List.of();
    List<String> sectors = random.nextBoolean() ? List.of(SECTORS[random.nextInt(21)]) : List.of();
    double k = random.nextDouble();
    int n = k < 0.1 ? 0 : k < 0.7 ? 1 : 2;
    Set<String> keywords = new TreeSet<>();
    while (keywords.size() < n) {
      keywords.add(word());
    }
    return new Subscription(
        id,
        person,
        person,
        person,
        "sms",
        regencies,
        sectors,
        List.copyOf(keywords),
        String.join(" ", keywords),
        Frequency.INSTANT,
        18,
        "id",
        false,
        false,
        id);
  }

  /** Builds the index of {@code n} subscriptions; returns the milliseconds it took. */
  public long build(int n) {
    long start = System.nanoTime();
    index = new SubscriptionIndex(new ByteBuffersDirectory());
    for (int i = 1; i <= n; i++) {
      index.add(subscription(i, "sms:+62812" + i));
    }
    index.optimize(); // as the rebuild does
    index.commit(n);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** A synthetic vacancy: regency, sector, title of 2–4 words and a body of 60–120 words. */
  public record Vacancy(String regency, String sector, String title, String body) {}

  public Vacancy vacancy() {
    StringBuilder title = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      title.append(word()).append(' ');
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0, n = 60 + random.nextInt(61); i < n; i++) {
      body.append(random.nextInt(4) == 0 ? "dan yang untuk" : word()).append(' ');
    }
    return new Vacancy(
        regency(random.nextInt(35)),
        SECTORS[random.nextInt(21)],
        title.toString(),
        body.toString());
  }

  public Set<String> terms(Vacancy v) {
    return terms.offer(v.title(), v.body());
  }

  public int match(Vacancy v, Set<String> offerTerms) {
    return index.match(v.regency(), v.sector(), offerTerms).length;
  }

  /** As production matches: with each subscription's delivery details. */
  public int hits(Vacancy v, Set<String> offerTerms) {
    return index.hits(v.regency(), v.sector(), offerTerms).size();
  }

  public int indexed() {
    return index.size();
  }

  /**
   * Queues one offer that matches {@code n} subscriptions of {@code n} people into a fresh H2
   * database through the production matching and queue; returns {rows, milliseconds}.
   */
  public static long[] queueing(int n) throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:alert-bench-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    Instant now = Instant.parse("2026-12-01T03:00:00Z");
    jdbc.batchUpdate(
        "insert into alert_subscription (owner, person, deliver_to, channel, regencies, sectors,"
            + " keywords, label, frequency, digest_hour, language, paused, removed, created_at,"
            + " updated_at, change_seq) values (?, ?, ?, 'sms', '_any', '_any', '', '', 'instant',"
            + " 18, 'id', false, false, ?, ?, nextval('alert_change_seq'))",
        java.util.stream.IntStream.rangeClosed(1, n)
            .mapToObj(
                i -> {
                  String a = "sms:+6281" + (100000000 + i);
                  return new Object[] {
                    a, a, a, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now)
                  };
                })
            .toList());
    AlertProperties properties =
        new AlertProperties(
            ZoneId.of("Asia/Jakarta"),
            LocalTime.of(21, 0),
            LocalTime.of(7, 0),
            3,
            5,
            DayOfWeek.MONDAY,
            18,
            3,
            1,
            10,
            25,
            5,
            Duration.ofMillis(500),
            200,
            Duration.ofMinutes(10),
            "memory",
            Duration.ofSeconds(5),
            "bench-secret",
            "",
            false);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    SubscriptionRepository repository = new SubscriptionRepository(jdbc);
    SubscriptionMatcher matcher = new SubscriptionMatcher(repository, clock, properties);
    matcher.rebuild();
    OfferMatching matching =
        new OfferMatching(new Terms(), matcher, new DeliveryQueue(jdbc), properties, clock);
    matcher.catchUp(); // a running node: its index already caught up with the table
    long start = System.nanoTime();
    OfferMatching.Outcome outcome =
        matching.match(new NewOffer("bench-1", "vacancy", "Kasir", "33.21", "G", "Toko", now));
    long ms = (System.nanoTime() - start) / 1_000_000;
    matcher.destroy();
    jdbc.execute("shutdown");
    return new long[] {outcome.queued(), ms};
  }

  @Override
  public void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }
}
