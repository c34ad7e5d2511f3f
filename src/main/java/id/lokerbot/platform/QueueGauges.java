package id.lokerbot.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The two gauges of a durable queue in the database: {@code <name>.size} (items waiting) and {@code
 * <name>.oldest.seconds} (how long the oldest waiting item has waited; 0 when none). The table is
 * read at most every 15 s, however often metrics are scraped.
 */
public final class QueueGauges implements MeterBinder {

  /** What one look at the queue found: how many wait, and since when the oldest (null: none). */
  public record Reading(long size, Instant oldestSince) {}

  private static final Duration CACHE = Duration.ofSeconds(15);

  private record Snapshot(Instant at, long size, double oldestSeconds) {}

  private final String name;
  private final String sizeDescription;
  private final String oldestDescription;
  private final Clock clock;
  private final Function<Instant, Reading> look;
  private volatile Snapshot snapshot;

  /**
   * @param look reads the queue as it is at the given instant (one or two cheap queries)
   */
  public QueueGauges(
      String name,
      String sizeDescription,
      String oldestDescription,
      Clock clock,
      Function<Instant, Reading> look) {
    this.name = name;
    this.sizeDescription = sizeDescription;
    this.oldestDescription = oldestDescription;
    this.clock = clock;
    this.look = look;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(name + ".size", this, q -> q.current().size())
        .description(sizeDescription)
        .register(registry);
    Gauge.builder(name + ".oldest.seconds", this, q -> q.current().oldestSeconds())
        .description(oldestDescription)
        .register(registry);
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot s = snapshot;
    if (s != null && s.at().plus(CACHE).isAfter(now)) {
      return s;
    }
    Reading r = look.apply(now);
    double age =
        r.oldestSince() == null
            ? 0
            : Math.max(0, Duration.between(r.oldestSince(), now).toSeconds());
    s = new Snapshot(now, r.size(), age);
    snapshot = s;
    return s;
  }
}
