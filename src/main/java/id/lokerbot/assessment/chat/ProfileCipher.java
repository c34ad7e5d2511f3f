package id.lokerbot.assessment.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts sensitive profile fields at rest with AES-256-GCM. Each value gets a fresh 12-byte
 * nonce; the stored text is {@code v1:} + base64(nonce + ciphertext + tag). The field name is the
 * associated data, so a value copied into another field does not decrypt.
 */
public final class ProfileCipher {

  private static final Logger log = LoggerFactory.getLogger(ProfileCipher.class);
  private static final String PREFIX = "v1:";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  ProfileCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "the profile key must be 32 bytes (base64 of 32 random bytes), got " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The key from the settings, or a development key kept in a file (with a warning). */
  static ProfileCipher from(ProfileProperties properties) {
    if (properties.key() != null && !properties.key().isBlank()) {
      return new ProfileCipher(Base64.getDecoder().decode(properties.key().strip()));
    }
    Path file = properties.devKeyFile();
    log.warn(
        "LOKERBOT_PROFILE_KEY is not set: sensitive profile fields are encrypted with a development"
            + " key kept in {}. Set LOKERBOT_PROFILE_KEY in production.",
        file);
    try {
      if (Files.exists(file)) {
        return new ProfileCipher(
            Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
      }
      byte[] generated = new byte[32];
      new SecureRandom().nextBytes(generated);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, Base64.getEncoder().encodeToString(generated));
      return new ProfileCipher(generated);
    } catch (IOException e) {
      throw new IllegalStateException("cannot keep the development profile key in " + file, e);
    }
  }

  public String encrypt(String field, String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a profile field", e);
    }
  }

  /**
   * @throws IllegalStateException when the text was not made with this key for this field
   */
  public String decrypt(String field, String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("not an encrypted profile field");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt profile field " + field, e);
    }
  }
}
