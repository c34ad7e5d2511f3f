package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.conversation.DialogueStateStore.Saved;
import id.lokerbot.conversation.engine.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    store().save(address, Saved.of(state), DAY);
    assertThat(store().load(address)).contains(Saved.of(state));
  }

  @Test
  void aStartedSaveIsKeptOnceAwaitedAndExpiresLikeAnyOther() {
    Saved saved = Saved.of(new State("main", "menu", Map.of("language", "id"), Instant.EPOCH));
    store().startSave(address, saved, Duration.ofMillis(1_500)).await();
    assertThat(store().load(address)).contains(saved);
    elapse(Duration.ofMillis(2_000));
    assertThat(store().load(address)).isEmpty();
  }

  @Test
  void theLastTurnsRepliesAreKeptWithTheState() {
    Saved saved =
        new Saved(
            new State("main", "consent", Map.of("language", "en"), Instant.EPOCH),
            "update-42",
            List.of(
                new OutboundMessage(address, "Thanks!"),
                new OutboundMessage(
                    address,
                    "May we?",
                    List.of(new Choice("1", "Yes"), new Choice("2", "No")),
                    7L,
                    "en")));
    store().save(address, saved, DAY);
    assertThat(store().load(address)).contains(saved);
  }

  @Test
  void aFreshStateRoundTrips() {
    store().save(address, Saved.of(State.fresh()), DAY);
    assertThat(store().load(address)).contains(Saved.of(State.fresh()));
  }

  @Test
  void anUnknownAddressHasNoState() {
    assertThat(store().load(address)).isEmpty();
  }

  @Test
  void aSaveReplacesTheStateBefore() {
    store().save(address, Saved.of(new State("main", "language", Map.of(), null)), DAY);
    Saved later = Saved.of(new State("main", "menu", Map.of("language", "id"), null));
    store().save(address, later, DAY);
    assertThat(store().load(address)).contains(later);
  }

  @Test
  void deleteForgets() {
    store().save(address, Saved.of(new State("main", "menu", Map.of(), null)), DAY);
    store().delete(address);
    assertThat(store().load(address)).isEmpty();
  }

  @Test
  void addressesAreApart() {
    store().save(address, Saved.of(new State("main", "menu", Map.of(), null)), DAY);
    assertThat(store().load(address + "-other")).isEmpty();
  }

  @Test
  void stateExpiresAfterItsTtl() {
    Saved state = Saved.of(new State("main", "menu", Map.of(), null));
    store().save(address, state, Duration.ofMillis(600));
    elapse(Duration.ofMillis(100));
    assertThat(store().load(address)).contains(state);
    elapse(Duration.ofMillis(900));
    assertThat(store().load(address)).isEmpty();
  }
}
