package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Production logging (ECS JSON lines) while people talk to the bot on WhatsApp and Telegram, answer
 * with phone numbers, and a Telegram token and Twilio credentials are configured (Telegram polling
 * against a closed port, so it fails and logs): no token, no full phone number, no chat id and no
 * answer text reaches the log; turn log lines carry the conversation id instead.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    properties = {
      "logging.structured.format.console=ecs",
      "logging.level.id.lokerbot=DEBUG",
      "lokerbot.telegram.token=" + LogSafetyTests.TELEGRAM_TOKEN,
      "lokerbot.telegram.mode=polling",
      "lokerbot.telegram.api-url=http://127.0.0.1:9",
      "lokerbot.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
      "lokerbot.twilio.auth-token=" + LogSafetyTests.TWILIO_TOKEN,
      "lokerbot.twilio.api-url=http://127.0.0.1:9",
      "lokerbot.twilio.whatsapp-from=whatsapp:+14155238886"
    })
@DirtiesContext
class LogSafetyTests {

  static final String TELEGRAM_SECRET = "AAHk9SecretPartXyZ0123456789abcdefGHI";
  static final String TELEGRAM_TOKEN = "7012345678:" + TELEGRAM_SECRET;
  static final String TWILIO_TOKEN = "f00dfacecafebeef0123456789abcdef";
  static final String PHONE = "+6281299998888";
  static final String CHAT_ID = "918273645";

  @Autowired InboundHandler conversations;

  @Test
  void logsCarryNoSecretsNumbersOrAnswers(CapturedOutput output) throws Exception {
    List<String> answers =
        List.of("halo", "1", "1", "nomor saya 081299998888", PHONE, "0812 9999 8888", "2", "halo");
    Instant at = Instant.parse("2026-11-28T00:00:00Z");
    for (String address : List.of("whatsapp:" + PHONE, "telegram:" + CHAT_ID)) {
      for (String answer : answers) {
        conversations.handle(new InboundMessage(address, answer, null, null, at));
      }
    }
    Thread.sleep(1500); // let the poller fail against the closed port at least once

    String log = output.getAll();
    assertThat(log).contains("\"ecs\":{\"version\"");
    assertThat(log)
        .doesNotContain(TELEGRAM_SECRET)
        .doesNotContain(TWILIO_TOKEN)
        .doesNotContain("6281299998888")
        .doesNotContain("81299998888")
        .doesNotContain("0812 9999 8888")
        .doesNotContain("nomor saya")
        .doesNotContain(CHAT_ID);
  }

  @Test
  void turnLogLinesCarryTheConversationId(CapturedOutput output) throws Exception {
    conversations.handle(
        new InboundMessage(
            "whatsapp:" + PHONE, "halo", null, null, Instant.parse("2026-11-28T00:00:00Z")));
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(("whatsapp:" + PHONE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String id = java.util.HexFormat.of().formatHex(hash, 0, 6);
    assertThat(output.getAll())
        .containsPattern("turn handled[^\\n]*\"conversation\":\"" + id + "\"")
        .doesNotContain("6281299998888");
  }
}
