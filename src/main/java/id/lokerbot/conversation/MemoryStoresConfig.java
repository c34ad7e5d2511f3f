package id.lokerbot.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default stores: in-process, for one node. */
@Configuration(proxyBeanMethods = false)
class MemoryStoresConfig {

  @Bean
  @ConditionalOnMissingBean(DialogueStateStore.class)
  DialogueStateStore memoryDialogueStateStore(Clock clock, ConversationProperties properties) {
    // Caffeine's ticker follows the injected clock, so tests that move the clock expire state.
    Ticker ticker = () -> clock.instant().toEpochMilli() * 1_000_000L;
    return new CaffeineDialogueStateStore(ticker, properties.memoryMaxEntries());
  }

  @Bean
  @ConditionalOnMissingBean(TurnLock.class)
  TurnLock localTurnLock() {
    return new LocalTurnLock();
  }
}
