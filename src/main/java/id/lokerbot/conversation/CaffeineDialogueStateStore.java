package id.lokerbot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/** Dialogue state in process memory: the embedded default, one node only. */
class CaffeineDialogueStateStore implements DialogueStateStore {

  private record Entry(Saved saved, Duration ttl) {}

  private final Cache<String, Entry> cache;

  CaffeineDialogueStateStore(Ticker ticker, long maximumSize) {
    this.cache =
        Caffeine.newBuilder()
            .ticker(ticker)
            .maximumSize(maximumSize)
            .expireAfter(
                new Expiry<String, Entry>() {
                  @Override
                  public long expireAfterCreate(String key, Entry value, long currentTime) {
                    return value.ttl().toNanos();
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, Entry value, long currentTime, long currentDuration) {
                    return value.ttl().toNanos();
                  }

                  @Override
                  public long expireAfterRead(
                      String key, Entry value, long currentTime, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  @Override
  public Optional<Saved> load(String address) {
    Entry entry = cache.getIfPresent(address);
    return entry == null ? Optional.empty() : Optional.of(entry.saved());
  }

  @Override
  public void save(String address, Saved saved, Duration ttl) {
    cache.put(address, new Entry(saved, ttl));
  }

  @Override
  public void delete(String address) {
    cache.invalidate(address);
  }
}
