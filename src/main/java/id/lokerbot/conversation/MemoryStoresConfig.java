package id.lokerbot.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default stores: in-process, for one node ({@code lokerbot.store=memory}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lokerbot.store", havingValue = "memory", matchIfMissing = true)
class MemoryStoresConfig {

  @Bean
  @ConditionalOnMissingBean(DialogueStateStore.class)
  DialogueStateStore memoryDialogueStateStore(Clock clock, ConversationProperties properties) {
    return new CaffeineDialogueStateStore(ticker(clock), properties.memoryMaxEntries());
  }

  @Bean
  TurnGate localTurnGate(
      DialogueStateStore states, Clock clock, ConversationProperties properties) {
    return new LocalTurnGate(
        new CaffeineRateLimiter(clock, ticker(clock), properties.maxMessagesPerMinute()),
        new LocalTurnLock(),
        states);
  }

  /** Caffeine's ticker follows the injected clock, so tests that move the clock expire entries. */
  static Ticker ticker(Clock clock) {
    return () -> clock.instant().toEpochMilli() * 1_000_000L;
  }
}
