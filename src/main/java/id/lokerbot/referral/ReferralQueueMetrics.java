package id.lokerbot.referral;

import id.lokerbot.platform.QueueGauges;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral delivery queue: {@code lokerbot.referral.queue.size} (referrals not yet delivered,
 * still being tried) and {@code lokerbot.referral.queue.oldest.seconds} (age of the oldest of them,
 * from its creation). Outcomes of attempts are counted where they happen ({@code
 * lokerbot.referral.deliveries}).
 */
@Configuration(proxyBeanMethods = false)
class ReferralQueueMetrics {

  @Bean
  QueueGauges referralQueueGauges(JdbcClient jdbc, Clock clock) {
    return new QueueGauges(
        "lokerbot.referral.queue",
        "Referrals waiting to be delivered to their partner",
        "Age of the oldest referral still waiting to be delivered",
        clock,
        now ->
            jdbc.sql("select count(*), min(created_at) from referral where delivery = ?")
                .param(ReferralRow.PENDING)
                .query(
                    (rs, n) ->
                        new QueueGauges.Reading(
                            rs.getLong(1),
                            rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single());
  }
}
