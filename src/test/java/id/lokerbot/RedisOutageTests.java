package id.lokerbot;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.platform.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis goes away: webhooks answer 503 with Retry-After, health shows Redis DOWN, nothing is half
 * written; when Redis is back, the conversation resumes where it was, without a restart.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"lokerbot.store=redis", "lokerbot.channel.dedupe-claim=2s"})
@DirtiesContext
class RedisOutageTests {

  /** Its own Redis, since this test stops it; persistent like a production Redis with AOF. */
  static final TestRedis redis = TestRedis.ofOwn(true);

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", redis::url);
  }

  @AfterAll
  static void stopRedis() {
    redis.stop();
  }

  @LocalServerPort int port;

  @Test
  void answers503WhileRedisIsAwayAndResumesWhenItIsBack() throws Exception {
    SimulatorClient sim = new SimulatorClient(port);
    String person = "sim:outage-" + System.nanoTime();
    assertThat(sim.send(person, "halo", "o-1").status()).isEqualTo(200);
    assertThat(sim.get("/actuator/health").body().at("/components/redis/status").asString())
        .isEqualTo("UP");

    redis.stop();
    SimulatorClient.Answer refused = sim.send(person, "2", "o-2");
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.retryAfter()).isNotBlank();
    assertThat(refused.body().path("error").asString()).isNotBlank();
    assertThat(sim.send(person, "2", null).status()).isEqualTo(503);
    SimulatorClient.Answer health = sim.get("/actuator/health");
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.body().at("/components/redis/status").asString()).isEqualTo("DOWN");

    redis.start();
    SimulatorClient.Answer resumed = null;
    for (int i = 0; i < 100; i++) { // the client reconnects by itself within about a second
      resumed = sim.send(person, "2", "o-2");
      if (resumed.status() == 200) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(resumed.status()).isEqualTo(200);
    // "2" answered the language question asked before the outage: English, then consent
    assertThat(resumed.body().at("/replies/0/text").asString()).startsWith("May we keep");
    assertThat(sim.send(person, "2", "o-2").body().path("duplicate").asBoolean()).isTrue();
    // health has its own connection, which reconnects on its own schedule (at most a second apart)
    String back = null;
    for (int i = 0; i < 50 && !"UP".equals(back); i++) {
      if (i > 0) {
        Thread.sleep(100);
      }
      back = sim.get("/actuator/health").body().at("/components/redis/status").asString();
    }
    assertThat(back).isEqualTo("UP");
  }
}
