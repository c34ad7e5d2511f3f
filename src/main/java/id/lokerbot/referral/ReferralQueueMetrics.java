package id.lokerbot.referral;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referral delivery queue: {@code lokerbot.referral.queue.size} (referrals not yet delivered,
 * still being tried) and {@code lokerbot.referral.queue.oldest.seconds} (age of the oldest of them,
 * from its creation). Read at most every 15 s. Outcomes of attempts are counted where they happen
 * ({@code lokerbot.referral.deliveries}).
 */
@Component
class ReferralQueueMetrics implements MeterBinder {

  private static final Duration CACHE = Duration.ofSeconds(15);

  private record Snapshot(Instant at, long size, double oldestSeconds) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile Snapshot snapshot;

  ReferralQueueMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("lokerbot.referral.queue.size", this, m -> m.current().size())
        .description("Referrals waiting to be delivered to their partner")
        .register(registry);
    Gauge.builder("lokerbot.referral.queue.oldest.seconds", this, m -> m.current().oldestSeconds())
        .description("Age of the oldest referral still waiting to be delivered")
        .register(registry);
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot s = snapshot;
    if (s != null && s.at().plus(CACHE).isAfter(now)) {
      return s;
    }
    long[] size = new long[1];
    Timestamp[] oldest = new Timestamp[1];
    jdbc.sql("select count(*), min(created_at) from referral where delivery = ?")
        .param(ReferralRow.PENDING)
        .query(
            rs -> {
              size[0] = rs.getLong(1);
              oldest[0] = rs.getTimestamp(2);
            });
    double age =
        oldest[0] == null
            ? 0
            : Math.max(0, Duration.between(oldest[0].toInstant(), now).toSeconds());
    s = new Snapshot(now, size[0], age);
    snapshot = s;
    return s;
  }
}
