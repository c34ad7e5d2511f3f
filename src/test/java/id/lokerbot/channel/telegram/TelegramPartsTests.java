package id.lokerbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The small pure parts: splitting, buttons, rate spacing, error meaning, numbers, regencies. */
class TelegramPartsTests {

  @Test
  void shortTextIsOnePart() {
    assertThat(TelegramRendering.split("  halo  ", 4096)).containsExactly("halo");
    assertThat(TelegramRendering.split("   ", 4096)).isEmpty();
  }

  @Test
  void splitsAtTheLastParagraphThatFits() {
    String a = "a".repeat(40);
    String b = "b".repeat(40);
    String c = "c".repeat(40);
    assertThat(TelegramRendering.split(a + "\n\n" + b + "\n\n" + c, 100))
        .containsExactly(a + "\n\n" + b, c);
  }

  @Test
  void fallsBackToLinesThenWordsThenAHardCutOutsideSurrogatePairs() {
    assertThat(TelegramRendering.split("aaaa\nbbbb", 6)).containsExactly("aaaa", "bbbb");
    assertThat(TelegramRendering.split("aaaa bbbb", 6)).containsExactly("aaaa", "bbbb");
    String emoji = "\uD83D\uDC4D"; // one code point, two UTF-16 units
    List<String> parts = TelegramRendering.split("abcde" + emoji + "fg", 6);
    assertThat(parts).containsExactly("abcde", emoji + "fg");
    parts.forEach(p -> assertThat(p.length()).isLessThanOrEqualTo(6));
  }

  @Test
  void everyPartOfAHugeTextIsBelowTheLimit() {
    String text = ("Kalimat pendek. ".repeat(30) + "\n").repeat(40) + "x".repeat(9000);
    List<String> parts = TelegramRendering.split(text, TelegramRendering.MAX_TEXT);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    assertThat(String.join("", parts).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
  }

  @Test
  void choicesBecomeOneButtonPerRowUnderTheLastPart() {
    List<SendMessage> calls =
        TelegramRendering.render(
            new OutboundMessage(
                "telegram:5",
                "Pilih:",
                List.of(new Choice("1", "Ya"), new Choice("2", "x".repeat(100)))),
            5);
    assertThat(calls).hasSize(1);
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) calls.get(0).getReplyMarkup();
    assertThat(keyboard.getKeyboard()).hasSize(2);
    assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("1");
    assertThat(keyboard.getKeyboard().get(1).get(0).getText())
        .hasSize(TelegramRendering.MAX_LABEL)
        .endsWith("...");
    assertThat(calls.get(0).getChatId()).isEqualTo("5");
  }

  @Test
  void choiceIdsTooLongForCallbackDataFallBackToNumberedText() {
    String id = "\u00e9".repeat(33); // 66 bytes in UTF-8
    List<SendMessage> calls =
        TelegramRendering.render(
            new OutboundMessage("telegram:5", "Pilih:", List.of(new Choice(id, "Satu"))), 5);
    assertThat(calls.get(0).getReplyMarkup()).isNull();
    assertThat(calls.get(0).getText()).isEqualTo("Pilih:\n" + id + ". Satu");
  }

  @Test
  void sendsAreSpacedToTheOverallRate() {
    AtomicLong now = new AtomicLong(1_000);
    SendRateLimiter limiter = new SendRateLimiter(30, now::get);
    long interval = 1_000_000_000L / 30;
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(interval);
    assertThat(limiter.reserve()).isEqualTo(2 * interval);
    now.addAndGet(Duration.ofSeconds(10).toNanos()); // idle: no credit is saved up for a burst
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(interval);
  }

  @Test
  void errorsMeanWaitRetryStopOrGiveUp() {
    assertThat(SendOutcome.of(failure(429, "Too Many Requests: retry after 7", 7)))
        .isEqualTo(new SendOutcome.RetryAfter(Duration.ofSeconds(7)));
    assertThat(SendOutcome.of(failure(403, "Forbidden: bot was blocked by the user", null)))
        .isInstanceOf(SendOutcome.Blocked.class);
    assertThat(SendOutcome.of(failure(403, "Forbidden: user is deactivated", null)))
        .isInstanceOf(SendOutcome.Blocked.class);
    assertThat(SendOutcome.of(failure(400, "Bad Request: chat not found", null)))
        .isInstanceOf(SendOutcome.Rejected.class);
    assertThat(SendOutcome.of(failure(502, "Bad Gateway", null)))
        .isInstanceOf(SendOutcome.Transient.class);
    assertThat(SendOutcome.of(new TelegramApiRequestException("Unable to deserialize response")))
        .isInstanceOf(SendOutcome.Transient.class);
    assertThat(SendOutcome.of(new TelegramApiException("timeout")))
        .isInstanceOf(SendOutcome.Transient.class);
  }

  private static TelegramApiRequestException failure(int code, String description, Integer retry) {
    ApiResponse<Object> response =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retry == null ? null : new ResponseParameters(null, retry))
            .build();
    return new TelegramApiRequestException("failed", response);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "6281234567890, +6281234567890",
        "+6281234567890, +6281234567890",
        "081234567890, +6281234567890",
        "'+62 812-3456-7890', +6281234567890",
        "006281234567890, +6281234567890",
        "12345, null",
        "not a number, null"
      })
  void phoneNumbersBecomeE164(String raw, String e164) {
    assertThat(PhoneNumbers.e164(raw)).isEqualTo(e164);
  }

  @ParameterizedTest
  @CsvSource({
    "-6.8946, 110.6379, Demak", // Demak town square
    "-6.9932, 110.4203, Kota Semarang", // Simpang Lima
    "-7.5666, 110.8167, Kota Surakarta",
    "-7.7256, 109.0094, Cilacap",
    "-6.8694, 109.1402, Kota Tegal"
  })
  void aLocationNamesTheNearestRegency(double lat, double lon, String regency) {
    assertThat(CentralJavaRegencies.nearest(lat, lon))
        .get()
        .extracting(n -> n.regency().name())
        .isEqualTo(regency);
  }

  @Test
  void farAwayIsOutsideCentralJava() {
    assertThat(CentralJavaRegencies.nearest(-6.1754, 106.8272)).isEmpty(); // Jakarta
    assertThat(CentralJavaRegencies.nearest(-7.2575, 112.7521)).isEmpty(); // Surabaya
  }
}
