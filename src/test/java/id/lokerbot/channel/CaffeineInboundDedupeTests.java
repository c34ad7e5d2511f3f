package id.lokerbot.channel;

import id.lokerbot.MutableClock;
import java.time.Duration;

class CaffeineInboundDedupeTests extends InboundDedupeContractTests {

  private MutableClock clock;

  @Override
  InboundDedupe dedupe(Duration keep, Duration claim) {
    if (clock == null) {
      clock = MutableClock.at("2026-11-28T02:00:00Z");
    }
    return new CaffeineInboundDedupe(
        () -> clock.instant().toEpochMilli() * 1_000_000L, keep, claim);
  }

  @Override
  void elapse(Duration duration) {
    clock.advance(duration);
  }
}
