package id.lokerbot.conversation;

import id.lokerbot.MutableClock;
import id.lokerbot.platform.TestRedis;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisRateLimiterTests extends RateLimiterContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  @Override
  RateLimiter limiter(MutableClock clock) {
    return new RedisRateLimiter(redis, clock, 30);
  }
}
