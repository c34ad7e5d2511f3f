package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.MutableClock;
import id.lokerbot.conversation.DialogueStateStore.Saved;
import id.lokerbot.conversation.RateLimiter.Decision;
import id.lokerbot.conversation.engine.State;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link TurnGate} does; run against each implementation. */
abstract class TurnGateContractTests {

  /** A gate allowing {@code limit} messages a minute, reading time from {@code clock}. */
  abstract TurnGate gate(MutableClock clock, int limit);

  /** The state store the gates read. */
  abstract DialogueStateStore states();

  final MutableClock clock = MutableClock.at("2026-11-28T02:00:00Z");
  final String address = "sim:gate-" + UUID.randomUUID();
  final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void aTurnRunsWithTheStateSavedForTheAddress() {
    TurnGate gate = gate(clock, 30);
    assertThat(nodeIn(gate, address)).isEmpty();
    states().save(address, saved("menu"), Duration.ofMinutes(5));
    assertThat(nodeIn(gate, address)).contains("menu");
    assertThat(nodeIn(gate, address + "-other")).isEmpty();
  }

  /** The node of the state a turn of {@code address} runs with. */
  private static Optional<String> nodeIn(TurnGate gate, String address) {
    TurnGate.Turn<Optional<String>> turn = turn(saved -> saved.map(s -> s.state().node()));
    return gate.pass(address, turn);
  }

  @Test
  void aTurnThatWaitedRunsWithTheStateTheTurnBeforeItSaved() throws Exception {
    TurnGate gate = gate(clock, 30);
    states().save(address, saved("welcome"), Duration.ofMinutes(5));
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch letFirstFinish = new CountDownLatch(1);
    Future<Optional<String>> first =
        pool.submit(
            () ->
                gate.pass(
                    address,
                    turn(
                        saved -> {
                          firstInside.countDown();
                          await(letFirstFinish);
                          states().save(address, saved("menu"), Duration.ofMinutes(5));
                          return saved.map(s -> s.state().node());
                        })));
    assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
    Future<Optional<String>> second = pool.submit(() -> nodeIn(gate, address));
    Thread.sleep(100); // the second is waiting now
    letFirstFinish.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).contains("welcome");
    assertThat(second.get(10, TimeUnit.SECONDS)).contains("menu");
  }

  @Test
  void overTheLimitNothingRunsAndNothingIsHeld() throws Exception {
    TurnGate gate = gate(clock, 2);
    List<Object> outcomes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      outcomes.add(gate.pass(address, ranOrRefused()));
    }
    assertThat(outcomes).containsExactly("ran", "ran", Decision.WARN, Decision.DROP);
    clock.advance(Duration.ofMinutes(1));
    // no lock was left behind by the refused messages: the next minute's first runs at once
    assertThat(pool.submit(() -> gate.pass(address, turn(saved -> "ran"))).get(5, TimeUnit.SECONDS))
        .isEqualTo("ran");
  }

  @Test
  void aMessageHandledBeforeIsNotRunNotCountedAndHoldsNothing() throws Exception {
    TurnGate gate = gate(clock, 2);
    List<Object> outcomes = new ArrayList<>();
    outcomes.add(
        gate.passFirstTime(address, CompletableFuture.completedFuture(true), ranOrRefused()));
    for (int i = 0; i < 3; i++) {
      outcomes.add(
          gate.passFirstTime(address, CompletableFuture.completedFuture(false), ranOrRefused()));
    }
    // the repeats did not count: the second new message is still within the limit of 2
    outcomes.add(gate.pass(address, ranOrRefused()));
    outcomes.add(gate.pass(address, ranOrRefused()));
    assertThat(outcomes)
        .containsExactly("ran", "seen before", "seen before", "seen before", "ran", Decision.WARN);
  }

  @Test
  void aClaimThatFailsIsThrownAndHoldsNothing() throws Exception {
    TurnGate gate = gate(clock, 30);
    CompletableFuture<Boolean> stillHandledElsewhere =
        CompletableFuture.failedFuture(new TryLaterException("being handled"));
    assertThatThrownBy(() -> gate.passFirstTime(address, stillHandledElsewhere, ranOrRefused()))
        .isInstanceOf(TryLaterException.class);
    // the ticket it took was let go: the next message runs at once, not after the lease
    assertThat(pool.submit(() -> gate.pass(address, turn(saved -> "ran"))).get(5, TimeUnit.SECONDS))
        .isEqualTo("ran");
  }

  /** A turn that runs {@code run}; being refused is a failure. */
  static <T> TurnGate.Turn<T> turn(Function<Optional<Saved>, T> run) {
    return new TurnGate.Turn<>() {
      @Override
      public T run(Optional<Saved> saved) {
        return run.apply(saved);
      }

      @Override
      public T overLimit(Decision decision) {
        throw new AssertionError("refused: " + decision);
      }

      @Override
      public T seenBefore() {
        throw new AssertionError("seen before");
      }
    };
  }

  /** A turn that returns "ran" when run and the decision when refused. */
  static TurnGate.Turn<Object> ranOrRefused() {
    return new TurnGate.Turn<>() {
      @Override
      public Object run(Optional<Saved> saved) {
        return "ran";
      }

      @Override
      public Object overLimit(Decision decision) {
        return decision;
      }

      @Override
      public Object seenBefore() {
        return "seen before";
      }
    };
  }

  /** The gate seen as a rate limiter: what it decides for each message. */
  static RateLimiter asRateLimiter(TurnGate gate) {
    return address -> {
      Object outcome = gate.pass(address, ranOrRefused());
      return outcome instanceof Decision d ? d : Decision.ALLOW;
    };
  }

  /** The gate seen as a turn lock (with a limit high enough never to refuse). */
  static TurnLock asTurnLock(TurnGate gate) {
    return new TurnLock() {
      @Override
      public <T> T withLock(String address, java.util.function.Supplier<T> turn) {
        return gate.pass(address, turn(saved -> turn.get()));
      }
    };
  }

  private static Saved saved(String node) {
    return Saved.of(new State("main", node, Map.of("language", "id"), null));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
