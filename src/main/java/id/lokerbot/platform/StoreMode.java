package id.lokerbot.platform;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Reads {@code lokerbot.store} ({@code memory}, the default, or {@code redis}) before the
 * application context starts. In memory mode Redis's auto-configuration is excluded, so nothing
 * tries to connect to Redis and {@code /actuator/health} does not list it. In Redis mode it sets
 * short Redis timeouts unless {@code spring.data.redis.*} says otherwise, so a Redis outage turns
 * into quick 503 answers instead of hanging webhooks.
 */
public class StoreMode implements EnvironmentPostProcessor, Ordered {

  /** The setting that picks the hot-state store. */
  public static final String PROPERTY = "lokerbot.store";

  public static final String MEMORY = "memory";
  public static final String REDIS = "redis";

  static final Set<String> REDIS_AUTO_CONFIGURATIONS =
      Set.of(
          "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
          "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
          "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
          "org.springframework.boot.data.redis.autoconfigure.health"
              + ".DataRedisHealthContributorAutoConfiguration",
          "org.springframework.boot.data.redis.autoconfigure.health"
              + ".DataRedisReactiveHealthContributorAutoConfiguration",
          "org.springframework.boot.data.redis.autoconfigure.observation"
              + ".LettuceObservationAutoConfiguration");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String store = environment.getProperty(PROPERTY, MEMORY).trim().toLowerCase();
    if (REDIS.equals(store)) {
      Map<String, Object> defaults = new LinkedHashMap<>();
      defaults.put("spring.data.redis.timeout", "2s");
      defaults.put("spring.data.redis.connect-timeout", "1s");
      defaults.put("spring.data.redis.repositories.enabled", "false");
      environment.getPropertySources().addLast(new MapPropertySource("lokerbot-redis", defaults));
    } else if (MEMORY.equals(store)) {
      Set<String> exclude = new LinkedHashSet<>(REDIS_AUTO_CONFIGURATIONS);
      String already = environment.getProperty("spring.autoconfigure.exclude");
      if (StringUtils.hasText(already)) {
        exclude.addAll(StringUtils.commaDelimitedListToSet(already.replace(" ", "")));
      }
      Map<String, Object> memory = new LinkedHashMap<>();
      memory.put("spring.autoconfigure.exclude", String.join(",", exclude));
      memory.put("management.health.redis.enabled", "false");
      environment.getPropertySources().addFirst(new MapPropertySource("lokerbot-memory", memory));
    } else {
      throw new IllegalStateException(
          PROPERTY + " must be 'memory' or 'redis', not '" + store + "'");
    }
  }

  @Override
  public int getOrder() {
    // after the application's own configuration files have been read
    return Ordered.LOWEST_PRECEDENCE;
  }
}
