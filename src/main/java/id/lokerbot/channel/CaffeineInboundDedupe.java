package id.lokerbot.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;

/** Dedupe keys in process memory, kept for a fixed time: the embedded default. */
class CaffeineInboundDedupe implements InboundDedupe {

  private enum Claim {
    PENDING,
    DONE
  }

  private final Cache<String, Claim> seen;

  /**
   * @param keep how long a handled id is remembered
   * @param claim how long an id being handled is held before it lapses
   */
  CaffeineInboundDedupe(Ticker ticker, Duration keep, Duration claim) {
    this.seen =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfter(
                new Expiry<String, Claim>() {
                  @Override
                  public long expireAfterCreate(String key, Claim value, long currentTime) {
                    return (value == Claim.DONE ? keep : claim).toNanos();
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, Claim value, long currentTime, long currentDuration) {
                    return (value == Claim.DONE ? keep : claim).toNanos();
                  }

                  @Override
                  public long expireAfterRead(
                      String key, Claim value, long currentTime, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  @Override
  public boolean firstTime(String channel, String providerMessageId) {
    Claim before = seen.asMap().putIfAbsent(key(channel, providerMessageId), Claim.PENDING);
    if (before == Claim.PENDING) {
      throw new TryLaterException("the same message is still being handled");
    }
    return before == null;
  }

  @Override
  public void done(String channel, String providerMessageId) {
    seen.put(key(channel, providerMessageId), Claim.DONE);
  }

  @Override
  public void release(String channel, String providerMessageId) {
    seen.asMap().remove(key(channel, providerMessageId), Claim.PENDING);
  }

  private static String key(String channel, String providerMessageId) {
    return channel + ":" + providerMessageId;
  }
}
