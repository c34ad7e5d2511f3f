package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;

class UnavailabilityTests {

  @Test
  void aConnectionResetUnderACommandIsAnOutageHoweverItIsWrapped() {
    // Spring Data's template wraps what its converter does not know in RedisSystemException
    assertThat(
            Unavailability.isTemporary(
                new RedisSystemException("reset", new SocketException("Connection reset"))))
        .isTrue();
    assertThat(Unavailability.isTemporary(new ConnectException("Connection refused"))).isTrue();
  }

  @Test
  void anErrorInWhatWeAskedIsNotAnOutage() {
    assertThat(
            Unavailability.isTemporary(
                new RedisSystemException("bad", new RedisCommandExecutionException("ERR wrong"))))
        .isFalse();
    assertThat(Unavailability.isTemporary(new IllegalStateException("a bug"))).isFalse();
  }
}
