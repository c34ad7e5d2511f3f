package id.lokerbot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In webhook mode with {@code register-webhook=true}: tells Telegram where to deliver, once the
 * application is ready to receive. A failure is logged, not fatal: the webhook may already be set.
 */
final class WebhookRegistration {

  private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

  private final TelegramClient client;
  private final String url;
  private final String secret;

  WebhookRegistration(TelegramClient client, String publicUrl, String secret) {
    this.client = client;
    this.url = publicUrl.replaceAll("/+$", "") + "/webhooks/telegram";
    this.secret = secret;
  }

  String url() {
    return url;
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    try {
      client.execute(
          SetWebhook.builder()
              .url(url)
              .secretToken(secret)
              .allowedUpdates(TelegramPoller.ALLOWED_UPDATES)
              .build());
      log.info("telegram webhook set to {}", url);
    } catch (TelegramApiException e) {
      String why =
          e instanceof TelegramApiRequestException r
              ? r.getErrorCode() + " " + r.getApiResponse()
              : e.getClass().getSimpleName();
      log.error("telegram setWebhook to {} failed ({})", url, why);
    }
  }
}
