package id.lokerbot.conversation;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Conversation stores shared by every node, in Redis ({@code lokerbot.store=redis}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lokerbot.store", havingValue = "redis")
class RedisStoresConfig {

  /** How long an unclaimed turn (its node died) holds up the messages behind it. */
  static final Duration STALLED_TURN_GRACE = Duration.ofSeconds(1);

  @Bean
  RedisDialogueStateStore redisDialogueStateStore(StringRedisTemplate redis) {
    return new RedisDialogueStateStore(redis);
  }

  @Bean
  RedisTurnLock redisTurnLock(StringRedisTemplate redis, ConversationProperties properties) {
    return new RedisTurnLock(
        redis, properties.turnLockLease(), properties.turnLockWait(), STALLED_TURN_GRACE);
  }

  @Bean
  TurnGate redisTurnGate(
      StringRedisTemplate redis,
      RedisTurnLock lock,
      RedisDialogueStateStore states,
      Clock clock,
      ConversationProperties properties) {
    return new RedisTurnGate(redis, lock, states, clock, properties.maxMessagesPerMinute());
  }
}
