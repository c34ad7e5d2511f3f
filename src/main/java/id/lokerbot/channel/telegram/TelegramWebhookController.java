package id.lokerbot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram}: where Telegram delivers updates in webhook mode. Checks the
 * secret Telegram echoes (403 when wrong or missing), parses the raw body with telegrambots' own
 * Jackson 2 (Spring's web layer is Jackson 3 and cannot build its types), and answers 200 once the
 * update is handled: the conversation turn runs here, sending is queued. Telegram redelivers
 * anything but a 2xx for as long as it likes, so a body we cannot read and a failure of our own
 * both get a 200 and a warning in the log, never an error status. Not present when Telegram is off
 * (the path then answers 404).
 */
@RestController
@Conditional(TelegramEnabled.class)
class TelegramWebhookController {

  private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final byte[] secret;
  private final TelegramUpdates updates;
  private final UpdateReader reader = new UpdateReader();

  TelegramWebhookController(TelegramProperties properties, TelegramUpdates updates) {
    String s = properties.webhookSecret();
    this.secret = s == null || s.isBlank() ? null : s.getBytes(StandardCharsets.UTF_8);
    this.updates = updates;
  }

  @PostMapping("/webhooks/telegram")
  ResponseEntity<Map<String, Object>> receive(
      @RequestHeader(name = SECRET_HEADER, required = false) String token,
      @RequestBody(required = false) byte[] body) {
    if (!authentic(token)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "wrong secret"));
    }
    Optional<Update> update = reader.read(body);
    if (update.isEmpty()) {
      // Authenticated but unreadable: a non-2xx would only make Telegram send it again and again.
      log.warn("telegram webhook body is not an update; ignored");
      return ResponseEntity.ok(Map.of("ok", true, "ignored", "unreadable update"));
    }
    updates.accept(update.get());
    return ResponseEntity.ok(Map.of("ok", true));
  }

  /**
   * Constant-time comparison, so the time taken says nothing about how much of a guess was right.
   */
  private boolean authentic(String token) {
    return secret != null
        && token != null
        && MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8));
  }
}
