package id.lokerbot.channel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Channel state shared by every node, in Redis ({@code lokerbot.store=redis}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lokerbot.store", havingValue = "redis")
class ChannelRedisConfig {

  @Bean
  InboundDedupe redisInboundDedupe(StringRedisTemplate redis, ChannelProperties properties) {
    return new RedisInboundDedupe(redis, properties.dedupeKeep(), properties.dedupeClaim());
  }
}
