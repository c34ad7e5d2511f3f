package id.lokerbot.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * How a partner checks {@code X-Lokerbot-Signature}: {@link #partnerVerifies} uses nothing but the
 * JDK and can be copied as is. The expected value was computed independently with Python's {@code
 * hmac} module.
 */
class WebhookSignatureTests {

  static final String SECRET = "partner-secret";
  static final byte[] BODY =
      "{\"referralId\":\"3f1e2d4c-0000-4000-8000-000000000001\"}".getBytes(StandardCharsets.UTF_8);
  static final String EXPECTED =
      "sha256=e1aa4dce472d92c20e21a4147d01fc359384bc1a75803fa9ee911c6103ee8667";

  /** Partner side: HMAC-SHA256 of the raw body bytes, compared in constant time. */
  static boolean partnerVerifies(String secret, byte[] rawBody, String signatureHeader)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
    return signatureHeader != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            signatureHeader.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void weSignWhatAPartnerVerifies() throws Exception {
    assertThat(WebhookSignature.sign(SECRET, BODY)).isEqualTo(EXPECTED);
    assertThat(partnerVerifies(SECRET, BODY, EXPECTED)).isTrue();
  }

  @Test
  void aChangedBodyWrongSecretOrMissingHeaderFails() throws Exception {
    byte[] changed =
        "{\"referralId\":\"3f1e2d4c-0000-4000-8000-000000000002\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(partnerVerifies(SECRET, changed, EXPECTED)).isFalse();
    assertThat(partnerVerifies("other-secret", BODY, EXPECTED)).isFalse();
    assertThat(partnerVerifies(SECRET, BODY, null)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, BODY, EXPECTED.toUpperCase())).isFalse();
  }

  /** The README shows partners {@link #partnerVerifies} as it is here, character for character. */
  @Test
  void theReadmeShowsThisVerification() throws Exception {
    String source =
        Files.readString(Path.of("src/test/java/id/lokerbot/referral/WebhookSignatureTests.java"));
    String method =
        source.substring(
            source.indexOf("  static boolean partnerVerifies"),
            source.indexOf("\n  }\n", source.indexOf("  static boolean partnerVerifies")) + 4);
    String readme = Files.readString(Path.of("README.md"));
    assertThat(normalized(readme)).contains(normalized(method));
    assertThat(readme).contains(SECRET, EXPECTED);
  }

  private static String normalized(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }

  @Test
  void apiKeysAreStoredAsSha256() {
    assertThat(WebhookSignature.sha256("key-a"))
        .isEqualTo("f10f781241e2246678b6b45c857069208152a53863e47fac33f607ab405006f4");
  }
}
