package id.lokerbot.platform;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the Redis client behaves when Redis goes away: commands fail at once instead of queueing (so
 * webhooks answer 503 quickly and nothing runs late), and the client keeps reconnecting at most a
 * second apart, so service resumes by itself when Redis is back.
 *
 * <p>Lettuce's per-command latency recording is off: it works on the client's I/O thread for every
 * command and nothing reads it (turns have their own timer). For the same reason {@code
 * application.yaml} leaves out Boot's per-command observations.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = StoreMode.PROPERTY, havingValue = StoreMode.REDIS)
class RedisClientConfig {

  @Bean
  LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
    return options ->
        options
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
  }

  @Bean
  ClientResourcesBuilderCustomizer reconnectAtLeastEverySecond() {
    return resources ->
        resources.reconnectDelay(
            Delay.exponential(
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                2,
                java.util.concurrent.TimeUnit.MILLISECONDS));
  }

  @Bean
  ClientResourcesBuilderCustomizer noCommandLatencyRecording() {
    return resources -> resources.commandLatencyRecorder(CommandLatencyRecorder.disabled());
  }
}
