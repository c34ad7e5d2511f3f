package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.twilio.SmsText.Encoding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmsTextTests {

  static Stream<Arguments> segments() {
    return Stream.of(
        Arguments.of("plain GSM", "Halo, ada lowongan baru!", Encoding.GSM7, 24, 1),
        Arguments.of("GSM accents stay GSM", "Café à Ørsted ü ñ", Encoding.GSM7, 17, 1),
        Arguments.of("160 septets: one segment", "a".repeat(160), Encoding.GSM7, 160, 1),
        Arguments.of("161 septets: two", "a".repeat(161), Encoding.GSM7, 161, 2),
        Arguments.of("306 septets: two parts of 153", "a".repeat(306), Encoding.GSM7, 306, 2),
        Arguments.of("307 septets: three", "a".repeat(307), Encoding.GSM7, 307, 3),
        Arguments.of("euro counts double", "€", Encoding.GSM7, 2, 1),
        Arguments.of("all extension chars", "[]{}^~\\|€\f", Encoding.GSM7, 20, 1),
        Arguments.of("80 euros = 160 septets", "€".repeat(80), Encoding.GSM7, 160, 1),
        Arguments.of("81 braces = 162 septets", "{".repeat(81), Encoding.GSM7, 162, 2),
        Arguments.of(
            "an escape pair is not split across parts",
            "a".repeat(152) + "€" + "a".repeat(152),
            Encoding.GSM7,
            306,
            3),
        Arguments.of("one emoji makes it UCS-2", "Halo \uD83D\uDE00", Encoding.UCS2, 7, 1),
        Arguments.of("one curly quote makes it UCS-2", "It’s ok", Encoding.UCS2, 7, 1),
        Arguments.of(
            "a GSM-sized text with one emoji needs two UCS-2 parts",
            "a".repeat(100) + "\uD83D\uDE00",
            Encoding.UCS2,
            102,
            2),
        Arguments.of("70 UCS-2 units: one", "Ж".repeat(70), Encoding.UCS2, 70, 1),
        Arguments.of("71 UCS-2 units: two", "Ж".repeat(71), Encoding.UCS2, 71, 2),
        Arguments.of("134 UCS-2 units: two parts of 67", "Ж".repeat(134), Encoding.UCS2, 134, 2),
        Arguments.of("135 UCS-2 units: three", "Ж".repeat(135), Encoding.UCS2, 135, 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void segments(String name, String text, Encoding encoding, int units, int segments) {
    assertThat(SmsText.count(text)).isEqualTo(new SmsText.Segments(encoding, units, segments));
  }

  @Test
  void replacesLookAlikesAndDropsEmoji() {
    String text = "“Lowongan” baru 🎉 di Semarang – kirim CV… 👍🏽 ‘sekarang’";
    String sms = SmsText.normalise(text);
    assertThat(sms).isEqualTo("\"Lowongan\" baru di Semarang - kirim CV... 'sekarang'");
    assertThat(SmsText.count(sms).encoding()).isEqualTo(Encoding.GSM7);
  }

  @Test
  void keepsWhatHasNoGsmEquivalent() {
    assertThat(SmsText.normalise("Lowongan á ĉ Ж")).isEqualTo("Lowongan a c Ж");
  }

  @Test
  void shortMessagesPassWithChoicesAsNumberedLines() {
    OutboundMessage message =
        new OutboundMessage(
            "sms:+6281", "Pilih:", List.of(new Choice("1", "Cari kerja"), new Choice("2", "Info")));
    assertThat(SmsText.render(message, 2)).isEqualTo("Pilih:\n1. Cari kerja\n2. Info");
  }

  @Test
  void longTextIsCutAtTheBudgetKeepingTheChoices() {
    String longText = "Lowongan operator produksi di Kendal, shift pagi. ".repeat(12);
    OutboundMessage message =
        new OutboundMessage(
            "sms:+6281", longText, List.of(new Choice("1", "Daftar"), new Choice("2", "Menu")));
    String sms = SmsText.render(message, 2);
    assertThat(SmsText.count(sms).segments()).isEqualTo(2);
    assertThat(SmsText.count(sms).encoding()).isEqualTo(Encoding.GSM7);
    assertThat(sms).endsWith("...\n1. Daftar\n2. Menu").startsWith("Lowongan operator");
    assertThat(sms.length()).isGreaterThan(280); // the budget is used, not wasted
  }

  @Test
  void oneSegmentBudgetAndUcs2TextAreCutToo() {
    String sms = SmsText.render(new OutboundMessage("sms:+6281", "Ж".repeat(200)), 1);
    assertThat(SmsText.count(sms)).isEqualTo(new SmsText.Segments(Encoding.UCS2, 70, 1));
    assertThat(sms).endsWith("...");
    String gsm = SmsText.render(new OutboundMessage("sms:+6281", "kata ".repeat(100)), 1);
    assertThat(SmsText.count(gsm).segments()).isEqualTo(1);
    assertThat(gsm).endsWith("kata...");
  }

  @Test
  void pagesCutAtWordBoundariesWithinTheBudget() {
    String text = "Pelatihan menjahit garmen di Boyolali selama tiga bulan, gratis. ".repeat(9);
    List<String> pages =
        SmsText.pages(
            new OutboundMessage("sms:+6281", text, List.of(new Choice("1", "Daftar"))),
            2,
            "balas 9 untuk lanjut");
    assertThat(pages).hasSizeGreaterThan(1);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertThat(SmsText.count(page).segments()).isLessThanOrEqualTo(2);
      assertThat(SmsText.count(page).encoding()).isEqualTo(Encoding.GSM7);
      if (i < pages.size() - 1) {
        assertThat(page).endsWith("\nbalas 9 untuk lanjut");
        page = page.substring(0, page.length() - "\nbalas 9 untuk lanjut".length());
        assertThat(page).doesNotEndWith(" ").matches("(?s).*[a-z.,]$");
      }
      joined.append(i == 0 ? "" : " ").append(page);
    }
    // nothing lost, nothing split inside a word
    assertThat(joined.toString()).isEqualTo(text.strip() + "\n1. Daftar");
    assertThat(pages.get(pages.size() - 1)).endsWith("\n1. Daftar");
  }

  @Test
  void aShortMessageIsOnePage() {
    assertThat(SmsText.pages(new OutboundMessage("sms:+6281", "Halo"), 2, "balas 9 untuk lanjut"))
        .containsExactly("Halo");
  }
}
