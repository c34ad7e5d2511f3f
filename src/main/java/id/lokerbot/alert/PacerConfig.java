package id.lokerbot.alert;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Pacing per node in memory mode; shared by every node through Redis in Redis mode. */
@Configuration(proxyBeanMethods = false)
class PacerConfig {

  @Bean
  @ConditionalOnProperty(name = "lokerbot.store", havingValue = "redis")
  Pacer redisPacer(StringRedisTemplate redis) {
    return new RedisPacer(redis);
  }

  @Bean
  @ConditionalOnProperty(name = "lokerbot.store", havingValue = "memory", matchIfMissing = true)
  Pacer memoryPacer() {
    return new MemoryPacer();
  }
}
