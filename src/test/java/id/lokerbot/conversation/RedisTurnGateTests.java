package id.lokerbot.conversation;

import id.lokerbot.MutableClock;
import id.lokerbot.platform.TestRedis;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisTurnGateTests extends TurnGateContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  private final RedisDialogueStateStore states = new RedisDialogueStateStore(redis);

  @Override
  TurnGate gate(MutableClock clock, int limit) {
    return gate(clock, limit, states);
  }

  static TurnGate gate(MutableClock clock, int limit, RedisDialogueStateStore states) {
    RedisTurnLock lock =
        new RedisTurnLock(
            redis, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(1));
    return new RedisTurnGate(redis, lock, states, clock, limit);
  }

  @Override
  DialogueStateStore states() {
    return states;
  }
}
