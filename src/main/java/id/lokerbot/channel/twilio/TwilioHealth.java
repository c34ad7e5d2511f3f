package id.lokerbot.channel.twilio;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code twilio}: whether the credentials and senders are
 * configured. Never the credentials themselves. Not configured is not a failure.
 */
@Component("twilio")
class TwilioHealth implements HealthIndicator {

  private final TwilioProperties properties;

  TwilioHealth(TwilioProperties properties) {
    this.properties = properties;
  }

  @Override
  public Health health() {
    return Health.up()
        .withDetail("configured", properties.configured())
        .withDetail(
            "whatsappSender",
            !properties.whatsappFrom().isBlank()
                || !properties.whatsappMessagingServiceSid().isBlank())
        .withDetail(
            "smsSender",
            !properties.smsFrom().isBlank() || !properties.smsMessagingServiceSid().isBlank())
        .build();
  }
}
