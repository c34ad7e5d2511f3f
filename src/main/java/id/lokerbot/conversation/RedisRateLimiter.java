package id.lokerbot.conversation;

import java.time.Clock;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Per-minute message counts in Redis, shared by every node: one counter per address and clock
 * minute, expiring after two minutes.
 */
class RedisRateLimiter implements RateLimiter {

  private static final RedisScript<Long> COUNT =
      RedisScript.of(
          """
          local c = redis.call('INCR', KEYS[1])
          if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
          return c
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final Clock clock;
  private final int limit;

  RedisRateLimiter(StringRedisTemplate redis, Clock clock, int limit) {
    this.redis = redis;
    this.clock = clock;
    this.limit = limit;
  }

  @Override
  public Decision admit(String address) {
    long minute = clock.millis() / 60_000L;
    Long count =
        redis.execute(COUNT, List.of("lokerbot:rate:{" + address + "}:" + minute), "120000");
    return RateLimiter.decide(count == null ? 1 : count, limit);
  }
}
