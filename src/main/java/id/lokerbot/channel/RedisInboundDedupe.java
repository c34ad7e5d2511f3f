package id.lokerbot.channel;

import id.lokerbot.platform.RedisAsync;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Dedupe keys in Redis, shared by every node: {@code SET NX} with a short expiry while a message is
 * handled ("pending"), then kept as "done" for the keep time.
 */
class RedisInboundDedupe implements InboundDedupe {

  private static final Logger log = LoggerFactory.getLogger(RedisInboundDedupe.class);

  private static final String PENDING = "pending";
  private static final String DONE = "done";

  /** Claims the id: 1 = first time, 0 = handled before, -1 = being handled now. */
  private static final RedisScript<Long> CLAIM =
      RedisScript.of(
          """
          if redis.call('SET', KEYS[1], 'pending', 'NX', 'PX', ARGV[1]) then return 1 end
          if redis.call('GET', KEYS[1]) == 'pending' then return -1 end
          return 0
          """,
          Long.class);

  private static final RedisScript<Long> RELEASE =
      RedisScript.of(
          """
          if redis.call('GET', KEYS[1]) == 'pending' then return redis.call('DEL', KEYS[1]) end
          return 0
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final Duration keep;
  private final List<String> claimArgs;

  RedisInboundDedupe(StringRedisTemplate redis, Duration keep, Duration claim) {
    this.redis = redis;
    this.keep = keep;
    this.claimArgs = List.of(String.valueOf(claim.toMillis()));
  }

  @Override
  public boolean firstTime(String channel, String providerMessageId) {
    return RedisAsync.await(startFirstTime(channel, providerMessageId));
  }

  @Override
  public CompletableFuture<Boolean> startFirstTime(String channel, String providerMessageId) {
    return RedisAsync.eval(redis, CLAIM, List.of(key(channel, providerMessageId)), claimArgs)
        .thenApply(
            claimed -> {
              if ((Long) claimed < 0) {
                throw new TryLaterException("the same message is still being handled");
              }
              return (Long) claimed == 1;
            });
  }

  @Override
  public void done(String channel, String providerMessageId) {
    // Not waited for: handled already, and if the mark is lost the pending claim still guards the
    // id for a while (a redelivery meanwhile gets "try later").
    RedisAsync.set(redis, key(channel, providerMessageId), DONE, keep)
        .exceptionally(
            e -> {
              log.warn(
                  "could not mark {} message as handled ({})",
                  channel,
                  e.getClass().getSimpleName());
              return null;
            });
  }

  @Override
  public void release(String channel, String providerMessageId) {
    try {
      redis.execute(RELEASE, List.of(key(channel, providerMessageId)));
    } catch (RuntimeException e) {
      // The pending claim lapses by itself; the provider's retry is handled after that.
      log.warn("could not release {} message claim ({})", channel, e.getClass().getSimpleName());
    }
  }

  private static String key(String channel, String providerMessageId) {
    return "lokerbot:seen:" + channel + ":" + providerMessageId;
  }
}
