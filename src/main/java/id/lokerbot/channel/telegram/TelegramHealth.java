package id.lokerbot.channel.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code telegram}: whether a token is configured and the mode
 * in force. Never the token. Not configured is not a failure: the channel is simply off.
 */
@Component("telegram")
class TelegramHealth implements HealthIndicator {

  private final TelegramProperties properties;

  TelegramHealth(TelegramProperties properties) {
    this.properties = properties;
  }

  @Override
  public Health health() {
    return Health.up()
        .withDetail("configured", properties.hasToken())
        .withDetail("mode", properties.effectiveMode().name().toLowerCase(java.util.Locale.ROOT))
        .withDetail(
            "webhookSecretConfigured",
            properties.webhookSecret() != null && !properties.webhookSecret().isBlank())
        .build();
  }
}
