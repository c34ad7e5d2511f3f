package id.lokerbot.referral;

import id.lokerbot.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Lokerbot-Signature} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the
 * exact request body bytes, keyed with the partner's secret.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Lokerbot-Signature";

  private WebhookSignature() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** What a partner does on receipt: recompute and compare in constant time. */
  public static boolean verify(String secret, byte[] body, String header) {
    return header != null
        && MessageDigest.isEqual(
            sign(secret, body).getBytes(StandardCharsets.US_ASCII),
            header.getBytes(StandardCharsets.US_ASCII));
  }

  /** Lowercase hex SHA-256 of a partner API key, as stored in {@code apiKey.sha256}. */
  public static String sha256(String key) {
    return Sha256.hex(key);
  }
}
