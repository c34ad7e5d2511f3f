package id.lokerbot.alert;

import id.lokerbot.platform.QueueGauges;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The alert queue: {@code lokerbot.alert.queue.size} (alerts waiting, due now or later) and {@code
 * lokerbot.alert.queue.oldest.seconds} (how long the oldest alert that is already due has waited:
 * grows when the worker falls behind; alerts deferred to quiet hours' end or a digest are not late
 * until then).
 */
@Configuration(proxyBeanMethods = false)
class AlertQueueMetrics {

  @Bean
  QueueGauges alertQueueGauges(JdbcTemplate jdbc, Clock clock) {
    return new QueueGauges(
        "lokerbot.alert.queue",
        "Alerts waiting to be sent (due now or later)",
        "How long the oldest alert already due has been waiting",
        clock,
        now -> {
          Long size =
              jdbc.queryForObject(
                  "select count(*) from alert_delivery where state = 'pending'", Long.class);
          Timestamp oldest =
              jdbc.queryForObject(
                  "select min(due_at) from alert_delivery where state = 'pending' and due_at <= ?",
                  Timestamp.class,
                  Timestamp.from(now));
          return new QueueGauges.Reading(
              size == null ? 0 : size, oldest == null ? null : oldest.toInstant());
        });
  }
}
