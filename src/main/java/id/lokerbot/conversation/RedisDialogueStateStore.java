package id.lokerbot.conversation;

import id.lokerbot.channel.Addresses;
import id.lokerbot.platform.RedisAsync;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialogue state (with the last turn's replies) as JSON in Redis, one key per address, expiring
 * {@code ttl} after each save.
 */
class RedisDialogueStateStore implements DialogueStateStore {

  private static final Logger log = LoggerFactory.getLogger(RedisDialogueStateStore.class);

  private final StringRedisTemplate redis;
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static final ObjectReader READER = JSON.readerFor(Saved.class);
  private static final ObjectWriter WRITER = JSON.writerFor(Saved.class);

  RedisDialogueStateStore(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /**
   * The address in braces is the key's hash tag, shared with the address's lock and rate keys: one
   * script of {@link RedisTurnGate} reads them together, also on a Redis Cluster.
   */
  static String key(String address) {
    return "lokerbot:state:{" + address + "}";
  }

  @Override
  public Optional<Saved> load(String address) {
    return decode(address, redis.opsForValue().get(key(address)));
  }

  /** The saved state from what is stored under {@link #key}, which may be null (nothing saved). */
  Optional<Saved> decode(String address, String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(READER.readValue(stored));
    } catch (JacksonException e) {
      // Unreadable state (an old format?) must not wedge the person: they start afresh.
      log.warn("unreadable dialogue state for {}, starting afresh", Addresses.masked(address));
      return Optional.empty();
    }
  }

  @Override
  public void save(String address, Saved saved, Duration ttl) {
    redis.opsForValue().set(key(address), write(saved), ttl);
  }

  @Override
  public Saving startSave(String address, Saved saved, Duration ttl) {
    CompletableFuture<?> sent = RedisAsync.set(redis, key(address), write(saved), ttl);
    return () -> RedisAsync.await(sent);
  }

  private String write(Saved saved) {
    return WRITER.writeValueAsString(saved);
  }

  @Override
  public void delete(String address) {
    redis.delete(key(address));
  }
}
