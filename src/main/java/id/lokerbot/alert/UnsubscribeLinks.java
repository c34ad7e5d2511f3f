package id.lokerbot.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links: {@code <public-url>/u/<id>.<signature>}, the subscription id in base 36
 * and 10 bytes of HMAC-SHA256 over it. Short enough for an SMS, impossible to guess for another
 * subscription.
 */
@Component
class UnsubscribeLinks {

  private static final Logger log = LoggerFactory.getLogger(UnsubscribeLinks.class);
  private static final int SIGNATURE_BYTES = 10;

  private final byte[] secret;
  private final String base;

  UnsubscribeLinks(AlertProperties properties, @Value("${lokerbot.public-url:}") String publicUrl) {
    if (properties.unsubscribeSecret().isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      this.secret = random;
      log.warn(
          "lokerbot.alert.unsubscribe-secret is not set: using a random one, so unsubscribe links"
              + " in alerts already sent stop working after a restart. Set"
              + " LOKERBOT_ALERT_UNSUBSCRIBE_SECRET in production.");
    } else {
      this.secret = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
    }
    String url = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    if (url.isEmpty()) {
      log.warn("lokerbot.public-url is not set: unsubscribe links point at http://localhost:8080");
      url = "http://localhost:8080";
    }
    this.base = url;
  }

  String link(long subscriptionId) {
    return base + "/u/" + token(subscriptionId);
  }

  String token(long subscriptionId) {
    String id = Long.toString(subscriptionId, 36);
    return id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(id));
  }

  /** The subscription id of a genuine token; empty for anything else. */
  OptionalLong verify(String token) {
    if (token == null || token.length() > 64) {
      return OptionalLong.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return OptionalLong.empty();
    }
    String id = token.substring(0, dot);
    String signature = token.substring(dot + 1);
    String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(sign(id));
    // compared as text: base64 decoding would accept other spellings of the same bytes
    if (!MessageDigest.isEqual(
        signature.getBytes(StandardCharsets.US_ASCII),
        expected.getBytes(StandardCharsets.US_ASCII))) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(id, 36));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private byte[] sign(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] full = mac.doFinal(("unsubscribe:" + id).getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(full, SIGNATURE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
