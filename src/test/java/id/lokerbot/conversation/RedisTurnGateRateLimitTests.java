package id.lokerbot.conversation;

import id.lokerbot.MutableClock;

/** The rate limit of {@link RedisTurnGate}: counted in the same script that takes the lock. */
class RedisTurnGateRateLimitTests extends RateLimiterContractTests {

  @Override
  RateLimiter limiter(MutableClock clock) {
    return TurnGateContractTests.asRateLimiter(
        RedisTurnGateTests.gate(clock, 30, new RedisDialogueStateStore(RedisTurnGateTests.redis)));
  }
}
