package id.lokerbot.platform;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Commands to Redis whose answer the caller needs later or never: a turn lock's release and a
 * dedupe mark (failures only logged), a state save awaited just before the turn's records commit, a
 * dedupe claim and the turn's start sent back to back and awaited together. Waiting for each answer
 * costs the request thread a park and the client's I/O thread a wake-up, which on a small machine
 * is more CPU than the command. Writes go on the template's one shared connection (Boot's default,
 * which this relies on: a connection per call would close under a write in flight), so whatever
 * this node sends after one reaches Redis after it (except a script Redis forgot in a restart: that
 * one is sent whole once its NOSCRIPT answer is back).
 */
public final class RedisAsync {

  private RedisAsync() {}

  /**
   * Sends {@code script}; the future fails with the error, if any. A script of result type {@code
   * List} answers a list of {@code Long}s and {@code byte[]}s (strings undecoded), any other an
   * integer.
   */
  public static CompletableFuture<Object> eval(
      StringRedisTemplate redis, RedisScript<?> script, List<String> keys, List<String> args) {
    byte[][] k = bytes(keys);
    byte[][] a = bytes(args);
    ScriptOutputType type =
        List.class.equals(script.getResultType())
            ? ScriptOutputType.MULTI
            : ScriptOutputType.INTEGER;
    return send(
        redis,
        commands ->
            commands
                .<Object>evalsha(script.getSha1(), type, k, a)
                .exceptionallyCompose(
                    error ->
                        unwrap(error) instanceof RedisNoScriptException
                            // Redis restarted and forgot the script: send it whole once
                            ? commands.<Object>eval(
                                script.getScriptAsString().getBytes(StandardCharsets.UTF_8),
                                type,
                                k,
                                a)
                            : CompletableFuture.failedFuture(error)));
  }

  /** Sends {@code SET key value PX ttl}; the future fails with the error, if any. */
  public static CompletableFuture<Object> set(
      StringRedisTemplate redis, String key, String value, Duration ttl) {
    return send(
        redis,
        commands ->
            widen(commands.set(utf8(key), utf8(value), SetArgs.Builder.px(ttl.toMillis()))));
  }

  /**
   * Waits for a command sent here and returns its answer; its failure is thrown as it came (a
   * Lettuce RedisException, or what a stage after it threw), or in a CompletionException when it is
   * checked (a connection reset: {@link Unavailability} reads it as an outage either way).
   */
  public static <T> T await(CompletableFuture<T> sent) {
    try {
      return sent.join(); // bounded: the client fails a command after its timeout
    } catch (CompletionException e) {
      throw unwrap(e) instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private static CompletableFuture<Object> send(
      StringRedisTemplate redis,
      Function<RedisClusterAsyncCommands<byte[], byte[]>, CompletionStage<Object>> write) {
    try {
      CompletionStage<Object> sent =
          redis.execute((RedisCallback<CompletionStage<Object>>) c -> write.apply(commands(c)));
      return sent.toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @SuppressWarnings("unchecked") // only read, never completed through this type
  private static CompletionStage<Object> widen(CompletionStage<?> stage) {
    return (CompletionStage<Object>) stage;
  }

  @SuppressWarnings("unchecked") // a Lettuce connection's native form is its asynchronous commands
  private static RedisClusterAsyncCommands<byte[], byte[]> commands(RedisConnection connection) {
    return (RedisClusterAsyncCommands<byte[], byte[]>) connection.getNativeConnection();
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static byte[][] bytes(List<String> values) {
    byte[][] out = new byte[values.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = utf8(values.get(i));
    }
    return out;
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
