package id.lokerbot.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when Telegram is on: a mode other than off, or a token with no mode. */
class TelegramEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return mode(context.getEnvironment()) != TelegramProperties.Mode.OFF;
  }

  static TelegramProperties.Mode mode(Environment env) {
    return TelegramProperties.effectiveMode(
        env.getProperty("lokerbot.telegram.mode"), env.getProperty("lokerbot.telegram.token"));
  }
}
