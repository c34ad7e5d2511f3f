package id.lokerbot.channel.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram bot.
 *
 * @param token the bot token from BotFather; set it from the environment ({@code
 *     LOKERBOT_TELEGRAM_TOKEN}), never in a file. Empty: Telegram is off.
 * @param mode {@code off}, {@code webhook} or {@code polling}. Unset: {@code polling} when a token
 *     is set (so a developer needs only the token), else {@code off}. Production sets {@code
 *     webhook} explicitly.
 * @param webhookSecret the secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}: 1–256
 *     of {@code A-Z a-z 0-9 _ -}; from the environment ({@code LOKERBOT_TELEGRAM_WEBHOOK_SECRET}).
 *     Required in webhook mode; without it the webhook endpoint answers 403 to everything.
 * @param registerWebhook in webhook mode, call {@code setWebhook} at start with {@code
 *     ${lokerbot.public-url}/webhooks/telegram}, the secret and the update types we read (default
 *     false: register once by hand or from the deploy script)
 * @param apiUrl base URL of the Bot API (default {@code https://api.telegram.org}; tests point it
 *     at WireMock)
 * @param maxPerSecond messages sent per second over all chats (default 30, Telegram's broadcast
 *     limit)
 * @param perChatInterval least time between two messages to one chat (default 1s)
 * @param maxAttempts tries per message for transient failures and 429s before it is dropped
 *     (default 6)
 * @param retryBackoff first wait after a transient failure (a proxy's 5xx, a network error);
 *     doubles per try, at most 30s (default 1s)
 * @param senderThreads threads that send; each chat is served by one at a time (default 4)
 * @param pollTimeout long-polling wait per {@code getUpdates} call (default 50s)
 */
@ConfigurationProperties("lokerbot.telegram")
record TelegramProperties(
    String token,
    Mode mode,
    String webhookSecret,
    @DefaultValue("false") boolean registerWebhook,
    @DefaultValue("https://api.telegram.org") URI apiUrl,
    @DefaultValue("30") int maxPerSecond,
    @DefaultValue("1s") Duration perChatInterval,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("1s") Duration retryBackoff,
    @DefaultValue("4") int senderThreads,
    @DefaultValue("50s") Duration pollTimeout) {

  /** How updates reach us. */
  enum Mode {
    OFF,
    WEBHOOK,
    POLLING
  }

  /** The mode in force: an explicit mode wins; unset means polling with a token, off without. */
  Mode effectiveMode() {
    return effectiveMode(mode == null ? null : mode.name(), token);
  }

  static Mode effectiveMode(String mode, String token) {
    if (mode != null && !mode.isBlank()) {
      return Mode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
    }
    return token == null || token.isBlank() ? Mode.OFF : Mode.POLLING;
  }

  boolean hasToken() {
    return token != null && !token.isBlank();
  }

  /**
   * The bot's own numeric id, the part of the token before the colon: not secret, so it can key the
   * stored polling offset.
   */
  String botId() {
    int colon = token.indexOf(':');
    return colon > 0 ? token.substring(0, colon) : Integer.toHexString(token.hashCode());
  }

  /** {@link #apiUrl} as telegrambots wants it. */
  TelegramUrl telegramUrl() {
    String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
    int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }
}
