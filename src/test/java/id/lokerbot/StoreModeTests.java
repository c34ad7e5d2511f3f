package id.lokerbot;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.TurnGate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** The embedded default (lokerbot.store=memory) knows nothing of Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreModeTests {

  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  @Test
  void memoryModeHasNoRedisAtAll() {
    assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
    assertThat(context.getBean(DialogueStateStore.class).getClass().getSimpleName())
        .isEqualTo("CaffeineDialogueStateStore");
    assertThat(context.getBean(TurnGate.class).getClass().getSimpleName())
        .isEqualTo("LocalTurnGate");
    assertThat(context.getBean(InboundDedupe.class).getClass().getSimpleName())
        .isEqualTo("CaffeineInboundDedupe");
  }

  @Test
  void healthIsUpAndDoesNotMentionRedis() {
    SimulatorClient.Answer health = new SimulatorClient(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().path("status").asString()).isEqualTo("UP");
    assertThat(health.body().path("components").has("db")).isTrue();
    assertThat(health.body().path("components").has("redis")).isFalse();
  }

  @Test
  void theSimulatorAnswersAMessageIdOnce() {
    SimulatorClient sim = new SimulatorClient(port);
    String id = "sim-" + System.nanoTime();
    SimulatorClient.Answer first = sim.send("sim:mode-" + id, "halo", id);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("replies").size()).isEqualTo(2);
    assertThat(first.body().has("duplicate")).isFalse();
    SimulatorClient.Answer again = sim.send("sim:mode-" + id, "halo", id);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("replies").size()).isZero();
    assertThat(again.body().path("duplicate").asBoolean()).isTrue();
    assertThat(sim.send("sim:mode-" + id, "halo", "bad id!").status()).isEqualTo(400);
  }
}
