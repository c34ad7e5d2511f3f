package id.lokerbot.channel;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default for channel state: in-process, for one node. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lokerbot.store", havingValue = "memory", matchIfMissing = true)
class ChannelMemoryConfig {

  @Bean
  @ConditionalOnMissingBean(InboundDedupe.class)
  InboundDedupe memoryInboundDedupe(Clock clock, ChannelProperties properties) {
    Ticker ticker = () -> clock.instant().toEpochMilli() * 1_000_000L;
    return new CaffeineInboundDedupe(ticker, properties.dedupeKeep(), properties.dedupeClaim());
  }
}
