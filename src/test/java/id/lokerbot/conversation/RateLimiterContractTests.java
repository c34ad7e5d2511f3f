package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.conversation.RateLimiter.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} does; run against each implementation. */
abstract class RateLimiterContractTests {

  /** A limiter allowing 30 a minute that reads time from {@code clock}. */
  abstract RateLimiter limiter(MutableClock clock);

  final MutableClock clock = MutableClock.at("2026-11-28T02:00:00Z");
  final String address = "sim:rate-" + UUID.randomUUID();

  @Test
  void thirtyAMinuteThenOneWarningThenSilence() {
    RateLimiter limiter = limiter(clock);
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      decisions.add(limiter.admit(address));
    }
    assertThat(decisions.subList(0, 30)).containsOnly(Decision.ALLOW);
    assertThat(decisions.get(30)).isEqualTo(Decision.WARN);
    assertThat(decisions.subList(31, 35)).containsOnly(Decision.DROP);
  }

  @Test
  void aNewMinuteStartsAfresh() {
    RateLimiter limiter = limiter(clock);
    for (int i = 0; i < 31; i++) {
      limiter.admit(address);
    }
    assertThat(limiter.admit(address)).isEqualTo(Decision.DROP);
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.admit(address)).isEqualTo(Decision.ALLOW);
  }

  @Test
  void everyAddressHasItsOwnCount() {
    RateLimiter limiter = limiter(clock);
    for (int i = 0; i < 31; i++) {
      limiter.admit(address);
    }
    assertThat(limiter.admit(address + "-other")).isEqualTo(Decision.ALLOW);
  }
}
