package id.lokerbot.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Dedupe keys in process memory, kept for a fixed time: the embedded default. */
class CaffeineInboundDedupe implements InboundDedupe {

  private final Cache<String, Boolean> seen;

  CaffeineInboundDedupe(Ticker ticker, Duration keep) {
    this.seen = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(keep).build();
  }

  @Override
  public boolean firstTime(String channel, String providerMessageId) {
    return seen.asMap().putIfAbsent(channel + ":" + providerMessageId, Boolean.TRUE) == null;
  }

  @Override
  public void release(String channel, String providerMessageId) {
    seen.invalidate(channel + ":" + providerMessageId);
  }
}
