package id.lokerbot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.platform.RedisAsync;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link InboundDedupe} does; run against each implementation. */
abstract class InboundDedupeContractTests {

  abstract InboundDedupe dedupe(Duration keep, Duration claim);

  /** Lets time pass as the store sees it. */
  abstract void elapse(Duration duration);

  final String id = "m-" + UUID.randomUUID();
  final InboundDedupe dedupe = dedupe(Duration.ofHours(48), Duration.ofSeconds(30));

  @Test
  void aHandledIdIsADuplicate() {
    assertThat(dedupe.firstTime("telegram", id)).isTrue();
    dedupe.done("telegram", id);
    assertThat(dedupe.firstTime("telegram", id)).isFalse();
    assertThat(dedupe.firstTime("telegram", id)).isFalse();
  }

  @Test
  void aClaimSentWithoutWaitingAnswersAsFirstTimeDoes() {
    assertThat(RedisAsync.await(dedupe.startFirstTime("whatsapp", id))).isTrue();
    assertThatThrownBy(() -> RedisAsync.await(dedupe.startFirstTime("whatsapp", id)))
        .isInstanceOf(TryLaterException.class);
    dedupe.done("whatsapp", id);
    assertThat(RedisAsync.await(dedupe.startFirstTime("whatsapp", id))).isFalse();
    assertThat(dedupe.firstTime("whatsapp", id)).isFalse();
  }

  @Test
  void handlingThatFailsGivesTheClaimBackAndARepeatIsNotRun() {
    assertThatThrownBy(
            () ->
                dedupe.firstTimeOnly(
                    "sms",
                    id,
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(dedupe.firstTimeOnly("sms", id, () -> "handled")).contains("handled");
    dedupe.done("sms", id);
    assertThat(dedupe.firstTimeOnly("sms", id, () -> "again")).isEmpty();
  }

  @Test
  void channelsAreApart() {
    assertThat(dedupe.firstTime("telegram", id)).isTrue();
    dedupe.done("telegram", id);
    assertThat(dedupe.firstTime("whatsapp", id)).isTrue();
  }

  @Test
  void aReleasedClaimIsHandledAgain() {
    assertThat(dedupe.firstTime("sms", id)).isTrue();
    dedupe.release("sms", id);
    assertThat(dedupe.firstTime("sms", id)).isTrue();
  }

  @Test
  void releaseAfterDoneKeepsTheId() {
    assertThat(dedupe.firstTime("sms", id)).isTrue();
    dedupe.done("sms", id);
    dedupe.release("sms", id);
    assertThat(dedupe.firstTime("sms", id)).isFalse();
  }

  @Test
  void anIdStillBeingHandledAsksToTryLater() {
    assertThat(dedupe.firstTime("telegram", id)).isTrue();
    assertThatThrownBy(() -> dedupe.firstTime("telegram", id))
        .isInstanceOf(TryLaterException.class);
  }

  @Test
  void aClaimLeftBehindLapses() {
    InboundDedupe shortClaim = dedupe(Duration.ofHours(48), Duration.ofMillis(400));
    assertThat(shortClaim.firstTime("telegram", id)).isTrue();
    elapse(Duration.ofMillis(700));
    assertThat(shortClaim.firstTime("telegram", id)).isTrue();
  }

  @Test
  void handledIdsAreForgottenAfterTheKeepTime() {
    InboundDedupe shortKeep = dedupe(Duration.ofMillis(500), Duration.ofMillis(400));
    assertThat(shortKeep.firstTime("telegram", id)).isTrue();
    shortKeep.done("telegram", id);
    elapse(Duration.ofMillis(100));
    assertThat(shortKeep.firstTime("telegram", id)).isFalse();
    elapse(Duration.ofMillis(700));
    assertThat(shortKeep.firstTime("telegram", id)).isTrue();
  }

  @Test
  void ofManyAtOnceExactlyOneIsFirst() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> tries = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tries.add(
            () -> {
              try {
                return dedupe.firstTime("telegram", id) ? "first" : "duplicate";
              } catch (TryLaterException e) {
                return "later";
              }
            });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(tries)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).containsOnlyOnce("first").doesNotContain("duplicate");
    } finally {
      pool.shutdownNow();
    }
  }
}
