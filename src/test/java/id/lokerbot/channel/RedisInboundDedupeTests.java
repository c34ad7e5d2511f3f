package id.lokerbot.channel;

import id.lokerbot.platform.TestRedis;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisInboundDedupeTests extends InboundDedupeContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  @Override
  InboundDedupe dedupe(Duration keep, Duration claim) {
    return new RedisInboundDedupe(redis, keep, claim);
  }

  @Override
  void elapse(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
