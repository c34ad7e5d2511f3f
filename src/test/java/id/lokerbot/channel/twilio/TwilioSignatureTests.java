package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioSignatureTests {

  /** Twilio's published example (twilio-java RequestValidatorTest), token 12345. */
  private static final Map<String, List<String>> EXAMPLE =
      Map.of(
          "CallSid", List.of("CA1234567890ABCDE"),
          "Caller", List.of("+14158675309"),
          "Digits", List.of("1234"),
          "From", List.of("+14158675309"),
          "To", List.of("+18005551212"));

  @ParameterizedTest
  @CsvSource({
    "https://mycompany.com/myapp.php?foo=1&bar=2, RSOYDt4T1cUTdK1PDd93/VVr8B8=",
    // Twilio sometimes signs with the default port written out: both forms are accepted
    "https://mycompany.com/myapp.php?foo=1&bar=2, kvajT1Ptam85bY51eRf/AJRuM3w=",
  })
  void acceptsTwilioPublishedExample(String url, String signature) {
    assertThat(TwilioSignature.valid("12345", url, EXAMPLE, signature)).isTrue();
  }

  @Test
  void rejectsTheExampleUnderAnotherTokenSchemeOrParameter() {
    String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    String good = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
    assertThat(TwilioSignature.valid("54321", url, EXAMPLE, good)).isFalse();
    assertThat(TwilioSignature.valid("12345", url.replace("https", "http"), EXAMPLE, good))
        .isFalse();
    assertThat(TwilioSignature.valid("12345", "https://mycompany.com/myapp.php", EXAMPLE, good))
        .isFalse();
    Map<String, List<String>> changed = new java.util.HashMap<>(EXAMPLE);
    changed.put("Digits", List.of("1235"));
    assertThat(TwilioSignature.valid("12345", url, changed, good)).isFalse();
    assertThat(TwilioSignature.valid("12345", url, EXAMPLE, null)).isFalse();
    assertThat(TwilioSignature.valid("", url, EXAMPLE, good)).isFalse();
  }

  @Test
  void parsesFormBodiesKeepingRepeatedNamesAndUnicode() {
    Map<String, List<String>> form =
        TwilioSignature.parseForm("Body=Halo+kak%21+%F0%9F%98%80&To=%2B1&x=1&x=2&Empty=&Bare");
    assertThat(form)
        .containsEntry("Body", List.of("Halo kak! \uD83D\uDE00"))
        .containsEntry("To", List.of("+1"))
        .containsEntry("x", List.of("1", "2"))
        .containsEntry("Empty", List.of(""))
        .containsEntry("Bare", List.of(""));
  }

  @Test
  void signsEveryValueOfARepeatedNameAsTwilioDoes() {
    // Twilio appends name+value for each value: "x1x2"
    Map<String, String> flat = TwilioSignature.flatten(Map.of("x", List.of("1", "2")));
    String url = "https://bot.example.org/webhooks/twilio";
    String expected = TwilioTestSupport.sign(url + "x1x2", Map.of());
    assertThat(
            TwilioSignature.valid(
                TwilioTestSupport.TOKEN, url, Map.of("x", List.of("1", "2")), expected))
        .isTrue();
    assertThat(flat).containsEntry("x", "1x2");
  }
}
