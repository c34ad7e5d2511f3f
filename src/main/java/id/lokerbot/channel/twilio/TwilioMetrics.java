package id.lokerbot.channel.twilio;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Twilio's outbound queue ({@code twilio_outbox}, messages not yet taken by Twilio): {@code
 * lokerbot.send.queue.size{channel=whatsapp|sms}} and {@code
 * lokerbot.send.queue.oldest.seconds{channel}}; read at most every 15 s. Status changes are counted
 * as {@code lokerbot.messages{direction=out,channel,status}}.
 */
@Component
class TwilioMetrics implements MeterBinder {

  private static final Duration CACHE = Duration.ofSeconds(15);

  private record Snapshot(Instant at, long whatsapp, long sms, double whatsappAge, double smsAge) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile Snapshot snapshot;

  TwilioMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String channel : new String[] {"whatsapp", "sms"}) {
      boolean whatsapp = channel.equals("whatsapp");
      Gauge.builder(
              "lokerbot.send.queue.size",
              this,
              m -> whatsapp ? m.current().whatsapp() : m.current().sms())
          .description("Messages waiting to be sent")
          .tag("channel", channel)
          .register(registry);
      Gauge.builder(
              "lokerbot.send.queue.oldest.seconds",
              this,
              m -> whatsapp ? m.current().whatsappAge() : m.current().smsAge())
          .description("Age of the oldest message still waiting to be sent")
          .tag("channel", channel)
          .register(registry);
    }
  }

  static void status(String channel, String status) {
    Metrics.counter("lokerbot.messages", "direction", "out", "channel", channel, "status", status)
        .increment();
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot s = snapshot;
    if (s != null && s.at().plus(CACHE).isAfter(now)) {
      return s;
    }
    long[] counts = new long[2];
    double[] ages = new double[2];
    try {
      jdbc.sql(
              "select case when address like 'whatsapp:%' then 'whatsapp' else 'sms' end, count(*),"
                  + " min(created_at) from twilio_outbox group by case when address like"
                  + " 'whatsapp:%' then 'whatsapp' else 'sms' end")
          .query(
              rs -> {
                int i = "whatsapp".equals(rs.getString(1)) ? 0 : 1;
                counts[i] = rs.getLong(2);
                Timestamp oldest = rs.getTimestamp(3);
                ages[i] =
                    oldest == null
                        ? 0
                        : Math.max(
                            0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
              });
    } catch (RuntimeException e) {
      // database unavailable: the health endpoint says so; keep the last figures
      return s == null ? new Snapshot(now, 0, 0, 0, 0) : s;
    }
    s = new Snapshot(now, counts[0], counts[1], ages[0], ages[1]);
    snapshot = s;
    return s;
  }
}
