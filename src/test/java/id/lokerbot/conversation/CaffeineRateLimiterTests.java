package id.lokerbot.conversation;

import id.lokerbot.MutableClock;

class CaffeineRateLimiterTests extends RateLimiterContractTests {

  @Override
  RateLimiter limiter(MutableClock clock) {
    return new CaffeineRateLimiter(clock, MemoryStoresConfig.ticker(clock), 30);
  }
}
