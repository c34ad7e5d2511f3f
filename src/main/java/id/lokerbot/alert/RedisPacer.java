package id.lokerbot.alert;

import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Permits counted in Redis, one counter per sender and window shared by every node: a script grants
 * what is left of the window atomically, so nodes together never exceed the rate. Keys expire
 * shortly after their window. Nodes take the window from their own clocks (kept by NTP); a node a
 * fraction of a second off shifts its windows, not the count in each.
 */
final class RedisPacer implements Pacer {

  static final String PREFIX = "lokerbot:alert:pace:";

  private static final RedisScript<Long> TAKE =
      RedisScript.of(
          """
          local used = tonumber(redis.call('GET', KEYS[1]) or '0')
          local granted = math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - used)
          if granted <= 0 then return 0 end
          redis.call('INCRBY', KEYS[1], granted)
          redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
          return granted
          """,
          Long.class);

  private static final RedisScript<Long> GIVE_BACK =
      RedisScript.of(
          """
          local used = tonumber(redis.call('GET', KEYS[1]) or '0')
          if used <= 0 then return 0 end
          local back = math.min(used, tonumber(ARGV[1]))
          redis.call('DECRBY', KEYS[1], back)
          return back
          """,
          Long.class);

  private final StringRedisTemplate redis;

  RedisPacer(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public int take(String sender, double rate, int wanted, Instant now) {
    if (wanted <= 0) {
      return 0;
    }
    Window w = Window.of(rate, now);
    Long granted =
        redis.execute(
            TAKE,
            List.of(key(sender, w)),
            String.valueOf(wanted),
            String.valueOf(w.permits()),
            String.valueOf(w.seconds() + 5));
    return granted == null ? 0 : granted.intValue();
  }

  @Override
  public void giveBack(String sender, double rate, int unused, Instant now) {
    if (unused > 0) {
      redis.execute(GIVE_BACK, List.of(key(sender, Window.of(rate, now))), String.valueOf(unused));
    }
  }

  private static String key(String sender, Window w) {
    return PREFIX + sender + ":" + w.seconds() + ":" + w.number();
  }
}
