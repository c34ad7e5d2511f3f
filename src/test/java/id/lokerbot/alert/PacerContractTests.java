package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Pacer} does; run against each implementation. */
abstract class PacerContractTests {

  abstract Pacer pacer();

  /**
   * Pacers that count together: in memory one node's pacer (its threads), in Redis a pacer per node
   * on the same server.
   */
  abstract List<Pacer> together();

  final String sender = "sms-" + UUID.randomUUID();
  final Pacer pacer = pacer();
  final Instant second = Instant.parse("2026-12-01T03:00:00.100Z");

  @Test
  void aWindowGrantsItsRateAndNoMore() {
    assertThat(pacer.take(sender, 10, 4, second)).isEqualTo(4);
    assertThat(pacer.take(sender, 10, 20, second.plusMillis(500))).isEqualTo(6);
    assertThat(pacer.take(sender, 10, 1, second.plusMillis(800))).isZero();
    assertThat(pacer.take(sender, 10, 20, second.plusSeconds(1))).as("next second").isEqualTo(10);
  }

  @Test
  void aRateBelowOnePerSecondSpacesMessagesOut() {
    Instant start = Instant.parse("2026-12-01T03:00:00Z"); // a window of 4 s starts here
    assertThat(pacer.take(sender, 0.25, 5, start)).isEqualTo(1);
    assertThat(pacer.take(sender, 0.25, 5, start.plusSeconds(3))).isZero();
    assertThat(pacer.take(sender, 0.25, 5, start.plusSeconds(4))).isEqualTo(1);
  }

  @Test
  void sendersAreApart() {
    assertThat(pacer.take(sender, 1, 5, second)).isEqualTo(1);
    assertThat(pacer.take(sender + "-telegram", 1, 5, second)).isEqualTo(1);
    assertThat(pacer.take(sender, 1, 5, second)).isZero();
  }

  @Test
  void unusedPermitsCanBeGivenBack() {
    assertThat(pacer.take(sender, 5, 5, second)).isEqualTo(5);
    pacer.giveBack(sender, 5, 3, second);
    assertThat(pacer.take(sender, 5, 5, second)).isEqualTo(3);
    pacer.giveBack(sender, 5, 2, second.plusSeconds(1)); // another window: nothing to give back
    assertThat(pacer.take(sender, 5, 9, second.plusSeconds(1))).isEqualTo(5);
  }

  @Test
  void takersAtOnceShareTheRate() throws Exception {
    List<Pacer> nodes = together();
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Callable<Integer>> takers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Pacer node = nodes.get(i % nodes.size());
        takers.add(() -> node.take(sender, 25, 3, second));
      }
      int granted = 0;
      for (Future<Integer> f : pool.invokeAll(takers)) {
        granted += f.get();
      }
      assertThat(granted).isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
  }
}
