package id.lokerbot.assessment.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCipherTests {

  static byte[] key() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void roundTripAndTheStoredTextIsNotThePlainText() {
    ProfileCipher cipher = new ProfileCipher(key());
    String stored = cipher.encrypt("seeing", "a lot of difficulty");
    assertThat(stored).startsWith("v1:").doesNotContain("difficulty");
    assertThat(cipher.decrypt("seeing", stored)).isEqualTo("a lot of difficulty");
    // a fresh nonce every time: equal answers do not look equal in the database
    assertThat(cipher.encrypt("seeing", "a lot of difficulty")).isNotEqualTo(stored);
  }

  @Test
  void anotherKeyOrAnotherFieldCannotRead() {
    ProfileCipher cipher = new ProfileCipher(key());
    String stored = cipher.encrypt("income", "under-840");
    assertThatThrownBy(() -> new ProfileCipher(key()).decrypt("income", stored))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt("hearing", stored))
        .isInstanceOf(IllegalStateException.class);
    String tampered =
        stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "B=" : "A=");
    assertThatThrownBy(() -> cipher.decrypt("income", tampered))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyMustBe32Bytes() {
    assertThatThrownBy(() -> new ProfileCipher(new byte[16])).hasMessageContaining("32 bytes");
  }

  @Test
  void theKeyComesFromTheSettingsElseADevelopmentKeyFileIsKept(@TempDir Path dir) throws Exception {
    byte[] key = key();
    ProfileCipher configured =
        ProfileCipher.from(
            new ProfileProperties(Base64.getEncoder().encodeToString(key), dir.resolve("unused")));
    assertThat(new ProfileCipher(key).decrypt("f", configured.encrypt("f", "x"))).isEqualTo("x");
    assertThat(dir.resolve("unused")).doesNotExist();

    Path file = dir.resolve("data/profile-dev.key");
    ProfileCipher first = ProfileCipher.from(new ProfileProperties("", file));
    assertThat(file).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    ProfileCipher afterRestart = ProfileCipher.from(new ProfileProperties(null, file));
    assertThat(afterRestart.decrypt("f", first.encrypt("f", "kept"))).isEqualTo("kept");
  }
}
