package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class Sha256Tests {

  @Test
  void hexIsTheStandardDigestWholeOrItsFirstBytesOnEveryThread() throws Exception {
    // FIPS 180-2 test vector for "abc"
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    assertThat(Sha256.hex("abc")).isEqualTo(abc);
    assertThat(Sha256.hex("abc", 6)).isEqualTo(abc.substring(0, 12));
    assertThat(CompletableFuture.supplyAsync(() -> Sha256.hex("abc")).get()).isEqualTo(abc);
    // a digest is reset after each use: hashing again gives the same answer
    assertThat(Sha256.hex("abc")).isEqualTo(abc);
    assertThat(Sha256.hex("")).startsWith("e3b0c44298fc1c14");
  }
}
