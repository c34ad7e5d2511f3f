package id.lokerbot.channel.telegram;

import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What a failed Bot API call means for the message: wait, retry, give up, or stop the chat. */
sealed interface SendOutcome {

  /** 429: Telegram says how long to wait before this chat gets the next message. */
  record RetryAfter(Duration delay) implements SendOutcome {}

  /** A proxy's non-JSON 5xx, Telegram's own 5xx, or a network error: try again later. */
  record Transient(String reason) implements SendOutcome {}

  /** 403: the person blocked the bot or deleted their account; nothing will reach them. */
  record Blocked(String reason) implements SendOutcome {}

  /** Any other error (400 chat not found, text too long): this message will never go through. */
  record Rejected(String reason) implements SendOutcome {}

  static SendOutcome of(TelegramApiException e) {
    if (!(e instanceof TelegramApiRequestException request)) {
      // network errors, timeouts, interrupted calls
      return new Transient(e.getClass().getSimpleName());
    }
    int code = request.getErrorCode() == null ? 0 : request.getErrorCode();
    String description = request.getApiResponse() == null ? "" : request.getApiResponse();
    if (code == 429) {
      Integer retryAfter =
          request.getParameters() == null ? null : request.getParameters().getRetryAfter();
      return retryAfter == null
          ? new Transient("429 without retry_after")
          : new RetryAfter(Duration.ofSeconds(Math.max(0, retryAfter)));
    }
    if (code == 403) {
      return new Blocked(description);
    }
    // 0: "Unable to deserialize response", an HTML error page from a proxy in front of Telegram
    if (code == 0 || code >= 500) {
      return new Transient("error " + code);
    }
    return new Rejected(code + " " + description);
  }
}
