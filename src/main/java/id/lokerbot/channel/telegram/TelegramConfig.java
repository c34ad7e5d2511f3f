package id.lokerbot.channel.telegram;

import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.MessageLog;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OptOuts;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Wires the Telegram channel when it is on (see {@link TelegramProperties#effectiveMode()}). A
 * setting that cannot work (webhook mode without a secret, registering without a public URL) stops
 * the start-up with a message that says which one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfig {

  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /** One connection pool and dispatcher for every call; read timeouts differ per use. */
  @Bean(destroyMethod = "")
  OkHttpClient telegramHttp() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** OkHttp's dispatcher threads would otherwise linger for a minute after shutdown. */
  @Bean
  DisposableBean telegramHttpShutdown(OkHttpClient telegramHttp) {
    return () -> {
      telegramHttp.dispatcher().executorService().shutdown();
      telegramHttp.connectionPool().evictAll();
    };
  }

  @Bean
  TelegramClient telegramClient(OkHttpClient telegramHttp, TelegramProperties properties) {
    check(properties);
    return new OkHttpTelegramClient(telegramHttp, properties.token(), properties.telegramUrl());
  }

  @Bean(destroyMethod = "shutdown")
  TelegramSender telegramSender(
      TelegramClient telegramClient,
      OptOuts optOuts,
      TelegramProperties properties,
      MessageLog messageLog,
      Clock clock) {
    return new TelegramSender(telegramClient, optOuts, properties, messageLog, clock);
  }

  @Bean
  StartSources telegramStartSources(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    return new StartSources(jdbc, transaction, events, clock);
  }

  @Bean
  PendingContacts telegramPendingContacts(JdbcClient jdbc, Clock clock) {
    return new PendingContacts(jdbc, clock);
  }

  @Bean
  PollingOffsets telegramPollingOffsets(JdbcClient jdbc, Clock clock) {
    return new PollingOffsets(jdbc, clock);
  }

  @Bean
  TelegramUpdates telegramUpdates(
      InboundDedupe dedupe,
      InboundHandler conversation,
      Messenger messenger,
      TelegramClient telegramClient,
      TelegramTexts texts,
      StartSources startSources,
      PendingContacts pendingContacts,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    return new TelegramUpdates(
        dedupe,
        conversation,
        messenger,
        telegramClient,
        texts,
        startSources,
        pendingContacts,
        transaction,
        events,
        clock);
  }

  /** Long polling: only in polling mode. Its read timeout outlasts the poll. */
  @Bean
  @Conditional(PollingMode.class)
  TelegramPoller telegramPoller(
      OkHttpClient telegramHttp,
      TelegramUpdates telegramUpdates,
      PollingOffsets offsets,
      TelegramProperties properties) {
    OkHttpClient longPoll =
        telegramHttp.newBuilder().readTimeout(properties.pollTimeout().plusSeconds(15)).build();
    return new TelegramPoller(
        new OkHttpTelegramClient(longPoll, properties.token(), properties.telegramUrl()),
        telegramUpdates,
        offsets,
        properties);
  }

  @Bean
  @Conditional(RegisterWebhook.class)
  WebhookRegistration telegramWebhookRegistration(
      TelegramClient telegramClient,
      TelegramProperties properties,
      @Value("${lokerbot.public-url:}") String publicUrl) {
    if (publicUrl.isBlank()) {
      throw new IllegalStateException(
          "lokerbot.telegram.register-webhook=true needs lokerbot.public-url (https://…)");
    }
    return new WebhookRegistration(telegramClient, publicUrl, properties.webhookSecret());
  }

  private static void check(TelegramProperties properties) {
    if (!properties.hasToken()) {
      throw new IllegalStateException(
          "lokerbot.telegram.mode="
              + properties.effectiveMode().name().toLowerCase(java.util.Locale.ROOT)
              + " needs a bot token: set LOKERBOT_TELEGRAM_TOKEN");
    }
    String secret = properties.webhookSecret();
    boolean hasSecret = secret != null && !secret.isBlank();
    if (properties.effectiveMode() == TelegramProperties.Mode.WEBHOOK && !hasSecret) {
      throw new IllegalStateException(
          "lokerbot.telegram.mode=webhook needs a secret: set LOKERBOT_TELEGRAM_WEBHOOK_SECRET");
    }
    if (hasSecret && !SECRET.matcher(secret).matches()) {
      throw new IllegalStateException(
          "lokerbot.telegram.webhook-secret must be 1-256 of A-Z a-z 0-9 _ -");
    }
  }

  /** Polling is the effective mode. */
  static class PollingMode implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return TelegramEnabled.mode(context.getEnvironment()) == TelegramProperties.Mode.POLLING;
    }
  }

  /** Webhook mode with {@code register-webhook=true}. */
  static class RegisterWebhook implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var env = context.getEnvironment();
      return TelegramEnabled.mode(env) == TelegramProperties.Mode.WEBHOOK
          && env.getProperty("lokerbot.telegram.register-webhook", Boolean.class, false);
    }
  }
}
