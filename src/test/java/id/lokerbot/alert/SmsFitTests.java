package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** SMS alerts: GSM-7 only, one segment when the title can be shortened to fit, two at most. */
class SmsFitTests {

  static final String LINK = "https://lokerbot.example.id/u/2n.AbCdEfGhIjKlMn";
  static final Function<String, String> TEMPLATE =
      t -> "Loker baru: " + t + ", Kab. Demak. Berhenti: " + LINK;

  @Test
  void aShortAlertIsSentAsItIs() {
    String sms = SmsFit.fit("Kasir minimarket", TEMPLATE);
    assertThat(sms).isEqualTo(TEMPLATE.apply("Kasir minimarket"));
    assertThat(SmsFit.segments(sms)).isEqualTo(1);
  }

  @Test
  void aLongTitleIsShortenedToKeepOneSegmentAndTheLink() {
    String title =
        "Operator jahit garmen berpengalaman minimal satu tahun untuk pabrik ekspor di kawasan"
            + " industri Sayung, shift pagi dan malam";
    String sms = SmsFit.fit(title, TEMPLATE);
    assertThat(SmsFit.segments(sms)).isEqualTo(1);
    assertThat(sms).startsWith("Loker baru: Operator jahit garmen").contains("...").endsWith(LINK);
    assertThat(SmsFit.septets(sms)).isLessThanOrEqualTo(160);
  }

  @Test
  void curlyQuotesDashesAndEmojiNeverTurnItIntoUcs2() {
    String sms = SmsFit.fit("Barista \u201ckopi\u201d \u2014 caf\u00e9 \uD83D\uDE00", TEMPLATE);
    assertThat(sms).contains("Barista \"kopi\" - caf\u00e9,"); // é is GSM-7
    assertThat(sms.codePoints().allMatch(cp -> cp < 0x2000)).isTrue();
    assertThat(SmsFit.segments(sms)).isEqualTo(1);
  }

  @Test
  void whenEvenAShortTitleCannotFitOneSegmentItTakesTwoAtMost() {
    Function<String, String> longTemplate =
        t -> "Loker baru: " + t + ". " + "x".repeat(150) + " Berhenti: " + LINK;
    String sms = SmsFit.fit("Pramuniaga toko swalayan besar di Kota Semarang", longTemplate);
    assertThat(SmsFit.segments(sms)).isEqualTo(2);
    assertThat(sms).endsWith(LINK);
  }
}
