package id.lokerbot.alert;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alert queue: {@code lokerbot.alert.queue.size} (alerts waiting, due now or later) and {@code
 * lokerbot.alert.queue.oldest.seconds} (how long the oldest alert that is already due has waited:
 * grows when the worker falls behind; alerts deferred to quiet hours' end or a digest are not late
 * until then). Read at most every 15 s.
 */
@Component
class AlertQueueMetrics implements MeterBinder {

  private static final Duration CACHE = Duration.ofSeconds(15);

  private record Snapshot(Instant at, long size, double oldestSeconds) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private volatile Snapshot snapshot;

  AlertQueueMetrics(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("lokerbot.alert.queue.size", this, m -> m.current().size())
        .description("Alerts waiting to be sent (due now or later)")
        .register(registry);
    Gauge.builder("lokerbot.alert.queue.oldest.seconds", this, m -> m.current().oldestSeconds())
        .description("How long the oldest alert already due has been waiting")
        .register(registry);
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot s = snapshot;
    if (s != null && s.at().plus(CACHE).isAfter(now)) {
      return s;
    }
    Long size =
        jdbc.queryForObject(
            "select count(*) from alert_delivery where state = 'pending'", Long.class);
    Timestamp oldest =
        jdbc.queryForObject(
            "select min(due_at) from alert_delivery where state = 'pending' and due_at <= ?",
            Timestamp.class,
            Timestamp.from(now));
    double age =
        oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
    s = new Snapshot(now, size == null ? 0 : size, age);
    snapshot = s;
    return s;
  }
}
