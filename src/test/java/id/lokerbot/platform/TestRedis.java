package id.lokerbot.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests. {@link #shared()} is one server for the whole test JVM: the one that
 * {@code spring.data.redis.url} (or {@code SPRING_DATA_REDIS_URL}) names when set, otherwise an
 * embedded Redis (from the {@code embedded-redis} artifact) on a free port. {@link #ofOwn} starts
 * an embedded one that a test may stop and start again (same port; with {@code persistent} it keeps
 * its data across the restart, as a production Redis with AOF does).
 *
 * <p>Tests share the server: use unique keys (random addresses and message ids), never FLUSHALL.
 */
public final class TestRedis {

  private static TestRedis shared;

  private final String url;
  private final RedisServer server;

  private TestRedis(String url, RedisServer server) {
    this.url = url;
    this.server = server;
  }

  /** The Redis shared by all tests of this JVM; started on first use, stopped at exit. */
  public static synchronized TestRedis shared() {
    if (shared == null) {
      String url =
          System.getProperty("spring.data.redis.url", System.getenv("SPRING_DATA_REDIS_URL"));
      if (url != null && !url.isBlank()) {
        shared = new TestRedis(url, null);
      } else {
        shared = ofOwn(false);
        Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
      }
    }
    return shared;
  }

  /** A private embedded Redis; the caller stops it. */
  public static TestRedis ofOwn(boolean persistent) {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort();
      try {
        var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1");
        builder.setting("save \"\"");
        if (persistent) {
          Path dir = Files.createTempDirectory("lokerbot-redis");
          dir.toFile().deleteOnExit();
          builder.setting("dir " + dir).setting("appendonly yes").setting("appendfsync always");
        } else {
          builder.setting("appendonly no");
        }
        Consumer<String> quiet = line -> {};
        RedisServer server = builder.soutListener(quiet).serrListener(quiet).build();
        server.start();
        return new TestRedis("redis://127.0.0.1:" + port, server);
      } catch (IOException e) {
        last = e; // the port was taken meanwhile (other builds run beside us): try another
      }
    }
    throw new UncheckedIOException("could not start an embedded Redis", last);
  }

  /** The URL for {@code spring.data.redis.url}. */
  public String url() {
    return url;
  }

  /** Whether the server runs in this JVM's control (and can be stopped and started). */
  public boolean embedded() {
    return server != null;
  }

  public void stop() {
    try {
      if (server != null && server.isActive()) {
        server.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void start() {
    try {
      if (server != null && !server.isActive()) {
        server.start();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A started connection factory for this server; the caller destroys it. */
  public LettuceConnectionFactory connectionFactory() {
    java.net.URI uri = java.net.URI.create(url);
    RedisStandaloneConfiguration config =
        new RedisStandaloneConfiguration(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    if (uri.getUserInfo() != null) {
      String[] user = uri.getUserInfo().split(":", 2);
      if (user.length == 2) {
        if (!user[0].isEmpty()) {
          config.setUsername(user[0]);
        }
        config.setPassword(user[1]);
      } else {
        config.setPassword(user[0]);
      }
    }
    LettuceConnectionFactory factory = new LettuceConnectionFactory(config);
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }

  /** A template on a new connection factory; the factory closes with the JVM. */
  public StringRedisTemplate template() {
    StringRedisTemplate template = new StringRedisTemplate(connectionFactory());
    template.afterPropertiesSet();
    return template;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
