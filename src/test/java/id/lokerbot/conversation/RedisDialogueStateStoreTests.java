package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.platform.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisDialogueStateStoreTests extends DialogueStateStoreContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();
  private final DialogueStateStore store = new RedisDialogueStateStore(redis);

  @Override
  DialogueStateStore store() {
    return store;
  }

  @Override
  void elapse(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void unreadableStateStartsAfresh() {
    redis.opsForValue().set(RedisDialogueStateStore.key(address), "{not json");
    assertThat(store.load(address)).isEmpty();
  }
}
