package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisCommandExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

class RedisAsyncTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  final String key = "test:async:" + UUID.randomUUID();

  static final RedisScript<Long> ADD =
      RedisScript.of("return redis.call('INCRBY', KEYS[1], ARGV[1])", Long.class);

  @Test
  void aSetIsKeptWithItsExpiryOnceAwaited() {
    RedisAsync.await(RedisAsync.set(redis, key, "done", Duration.ofSeconds(30)));
    assertThat(redis.opsForValue().get(key)).isEqualTo("done");
    assertThat(redis.getExpire(key)).isBetween(1L, 30L);
  }

  @Test
  void aScriptRedisForgotIsSentWhole() {
    // a restarted Redis has an empty script cache: the first EVALSHA answers NOSCRIPT
    redis.execute(
        (RedisCallback<Void>)
            c -> {
              c.scriptingCommands().scriptFlush();
              return null;
            });
    RedisAsync.await(RedisAsync.eval(redis, ADD, List.of(key), List.of("5")));
    RedisAsync.await(RedisAsync.eval(redis, ADD, List.of(key), List.of("2")));
    assertThat(redis.opsForValue().get(key)).isEqualTo("7");
  }

  @Test
  void whatThisNodeSendsNextSeesAnUnawaitedWrite() {
    // (a script Redis forgot is sent again only after its NOSCRIPT answer, so load it first)
    RedisAsync.await(RedisAsync.eval(redis, ADD, List.of(key), List.of("0")));
    for (int i = 0; i < 200; i++) {
      RedisAsync.eval(redis, ADD, List.of(key), List.of("1"));
    }
    assertThat(redis.opsForValue().get(key)).isEqualTo("200");
  }

  @Test
  void aFailedWriteIsThrownWhenAwaited() {
    redis.opsForValue().set(key, "not a number");
    CompletableFuture<Object> sent = RedisAsync.eval(redis, ADD, List.of(key), List.of("1"));
    assertThatThrownBy(() -> RedisAsync.await(sent))
        .isInstanceOf(RedisCommandExecutionException.class);
    assertThat(Unavailability.isTemporary(sent.handle((r, e) -> e).join())).isFalse();
  }

  @Test
  void aWriteCutOffByABrokenConnectionIsAnOutage() {
    // what Lettuce hands a pending command when Redis goes away under it
    CompletableFuture<Object> cut =
        CompletableFuture.failedFuture(new java.net.SocketException("Connection reset"));
    assertThatThrownBy(() -> RedisAsync.await(cut))
        .satisfies(e -> assertThat(Unavailability.isTemporary(e)).isTrue());
  }
}
