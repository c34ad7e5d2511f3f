package id.lokerbot.channel.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling for development: one thread calls {@code getUpdates} and hands each update to the
 * same {@link TelegramUpdates} as the webhook (so the same dedupe). The offset is saved after every
 * update, so a restart neither replays what was handled nor loses what was not. Starting removes
 * any webhook set for the token: never poll with the production bot's token.
 */
final class TelegramPoller implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

  /** The update types we act on; the rest Telegram need not send. */
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final TelegramClient client;
  private final TelegramUpdates updates;
  private final PollingOffsets offsets;
  private final String botId;
  private final int timeoutSeconds;
  private volatile boolean running;
  private Thread thread;

  TelegramPoller(
      TelegramClient client,
      TelegramUpdates updates,
      PollingOffsets offsets,
      TelegramProperties properties) {
    this.client = client;
    this.updates = updates;
    this.offsets = offsets;
    this.botId = properties.botId();
    this.timeoutSeconds = (int) Math.max(0, properties.pollTimeout().toSeconds());
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    log.warn(
        "*** Telegram LONG POLLING for bot {}: this deletes any webhook set for this token, and only"
            + " one poller may run per token. Never poll with the production bot's token. ***",
        botId);
    running = true;
    thread = new Thread(this::run, "telegram-poller");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    deleteWebhook();
    long offset = offsets.load(botId).orElse(0L);
    int failures = 0;
    while (running) {
      try {
        List<Update> batch =
            client.execute(
                GetUpdates.builder()
                    .offset((int) offset)
                    .timeout(timeoutSeconds)
                    .limit(100)
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build());
        failures = 0;
        for (Update update : batch) {
          updates.accept(update);
          // The next offset follows the last update handled, whatever its value: ids may jump.
          offset = update.getUpdateId() + 1L;
          offsets.save(botId, offset);
        }
      } catch (TelegramApiException e) {
        if (!running) {
          break;
        }
        failures++;
        if (e instanceof TelegramApiRequestException r
            && r.getErrorCode() != null
            && r.getErrorCode() == 409) {
          log.error(
              "telegram getUpdates conflict: another poller or a webhook uses this token ({})",
              r.getApiResponse());
        } else {
          log.warn(
              "telegram getUpdates failed ({}), try {}", e.getClass().getSimpleName(), failures);
        }
        pause(failures);
      } catch (RuntimeException e) {
        failures++;
        log.warn("telegram poller error ({})", e.getClass().getName(), e);
        pause(failures);
      }
    }
  }

  private void deleteWebhook() {
    try {
      client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
      log.warn("telegram webhook deleted for bot {} (polling mode)", botId);
    } catch (TelegramApiException e) {
      log.warn(
          "telegram deleteWebhook failed ({}); getUpdates will fail while one is set",
          e.getClass().getSimpleName());
    }
  }

  private void pause(int failures) {
    long millis = Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(failures, 10));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
