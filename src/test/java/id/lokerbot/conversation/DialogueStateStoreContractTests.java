package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.conversation.engine.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link DialogueStateStore} does; run against each implementation. */
abstract class DialogueStateStoreContractTests {

  /** The store under test. */
  abstract DialogueStateStore store();

  /** Lets time pass as the store sees it. */
  abstract void elapse(Duration duration);

  final String address = "sim:state-" + UUID.randomUUID();
  static final Duration DAY = Duration.ofDays(1);

  @Test
  void aSavedStateLoadsBackEqual() {
    State state =
        new State(
            "main",
            "menu",
            Map.of(
                "language", "en",
                "consent", "yes",
                "typedText", "lowker kasir \"demak\" \\ ü 😀\nnext line"),
            Instant.parse("2026-11-28T02:00:00.123Z"));
    store().save(address, state, DAY);
    assertThat(store().load(address)).contains(state);
  }

  @Test
  void aFreshStateRoundTrips() {
    store().save(address, State.fresh(), DAY);
    assertThat(store().load(address)).contains(State.fresh());
  }

  @Test
  void anUnknownAddressHasNoState() {
    assertThat(store().load(address)).isEmpty();
  }

  @Test
  void aSaveReplacesTheStateBefore() {
    store().save(address, new State("main", "language", Map.of(), null), DAY);
    State later = new State("main", "menu", Map.of("language", "id"), null);
    store().save(address, later, DAY);
    assertThat(store().load(address)).contains(later);
  }

  @Test
  void deleteForgets() {
    store().save(address, new State("main", "menu", Map.of(), null), DAY);
    store().delete(address);
    assertThat(store().load(address)).isEmpty();
  }

  @Test
  void addressesAreApart() {
    State state = new State("main", "menu", Map.of(), null);
    store().save(address, state, DAY);
    assertThat(store().load(address + "-other")).isEmpty();
  }

  @Test
  void stateExpiresAfterItsTtl() {
    State state = new State("main", "menu", Map.of(), null);
    store().save(address, state, Duration.ofMillis(600));
    elapse(Duration.ofMillis(100));
    assertThat(store().load(address)).contains(state);
    elapse(Duration.ofMillis(900));
    assertThat(store().load(address)).isEmpty();
  }
}
