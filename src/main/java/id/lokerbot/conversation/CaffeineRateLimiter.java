package id.lokerbot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Per-minute message counts in process memory: the embedded default, one node only. */
class CaffeineRateLimiter implements RateLimiter {

  private final Cache<String, AtomicLong> counts;
  private final Clock clock;
  private final int limit;

  CaffeineRateLimiter(Clock clock, Ticker ticker, int limit) {
    this.clock = clock;
    this.limit = limit;
    this.counts =
        Caffeine.newBuilder().ticker(ticker).expireAfterWrite(Duration.ofMinutes(2)).build();
  }

  @Override
  public Decision admit(String address) {
    long minute = clock.millis() / 60_000L;
    long count = counts.get(address + "@" + minute, k -> new AtomicLong()).incrementAndGet();
    return RateLimiter.decide(count, limit);
  }
}
