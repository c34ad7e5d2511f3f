package id.lokerbot.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of text (UTF-8) in lowercase hex: ids, keys and versions that must not show what they
 * hash.
 */
public final class Sha256 {

  /** One digest per thread: looking one up among the security providers costs more than hashing. */
  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 unavailable", e);
            }
          });

  private Sha256() {}

  /** All 64 hex digits. */
  public static String hex(String text) {
    return hex(text, 32);
  }

  /** The first {@code bytes} bytes of the hash: {@code 2 * bytes} hex digits. */
  public static String hex(String text, int bytes) {
    byte[] hash = DIGEST.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, bytes);
  }
}
