package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link TurnLock} does; run against each implementation. */
abstract class TurnLockContractTests {

  abstract TurnLock lock();

  final String address = "sim:lock-" + UUID.randomUUID();
  final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void returnsWhatTheTurnReturns() {
    assertThat(lock().withLock(address, () -> "replies")).isEqualTo("replies");
  }

  @Test
  void oneTurnAtATimePerAddress() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    int[] counter = {0};
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 15; i++) {
                  lock()
                      .withLock(
                          address,
                          () -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            int seen = counter[0];
                            Thread.yield();
                            counter[0] = seen + 1; // a lost update if two turns overlapped
                            inside.decrementAndGet();
                            return null;
                          });
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    assertThat(most.get()).isEqualTo(1);
    assertThat(counter[0]).isEqualTo(90);
  }

  @Test
  void waitingTurnsRunInArrivalOrder() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    Future<?> first =
        pool.submit(
            () ->
                lock()
                    .withLock(
                        address,
                        () -> {
                          holding.countDown();
                          await(finish);
                          order.add("first");
                          return null;
                        }));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<?>> waiting = new ArrayList<>();
    for (String name : List.of("second", "third", "fourth")) {
      waiting.add(pool.submit(() -> lock().withLock(address, () -> order.add(name))));
      Thread.sleep(150); // each has queued before the next one arrives
    }
    assertThat(order).isEmpty();
    finish.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (Future<?> f : waiting) {
      f.get(10, TimeUnit.SECONDS);
    }
    assertThat(order).containsExactly("first", "second", "third", "fourth");
  }

  @Test
  void otherAddressesDoNotWait() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<?> held =
        pool.submit(
            () ->
                lock()
                    .withLock(
                        address,
                        () -> {
                          holding.countDown();
                          await(finish);
                          return null;
                        }));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    Future<String> other = pool.submit(() -> lock().withLock(address + "-other", () -> "ran"));
    assertThat(other.get(2, TimeUnit.SECONDS)).isEqualTo("ran");
    finish.countDown();
    held.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aFailedTurnLetsTheNextOneRun() throws Exception {
    assertThatThrownBy(
            () ->
                lock()
                    .withLock(
                        address,
                        () -> {
                          throw new IllegalStateException("engine failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    Future<String> next = pool.submit(() -> lock().withLock(address, () -> "ran"));
    assertThat(next.get(2, TimeUnit.SECONDS)).isEqualTo("ran");
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
