package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.platform.TestRedis;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis turn lock, taken as production takes it: through {@link RedisTurnGate}'s script. */
class RedisTurnLockTests extends TurnLockContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  private final TurnLock lock =
      throughGate(
          new RedisTurnLock(
              redis, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(1)));

  /** The lock as a turn sees it (with a limit that never refuses). */
  static TurnLock throughGate(RedisTurnLock lock) {
    return TurnGateContractTests.asTurnLock(
        new RedisTurnGate(
            redis,
            lock,
            new RedisDialogueStateStore(redis),
            java.time.Clock.systemUTC(),
            Integer.MAX_VALUE));
  }

  @Override
  TurnLock lock() {
    return lock;
  }

  @Test
  void aHolderThatHangsOrDiedLosesTheLockWhenItsLeaseEnds() throws Exception {
    TurnLock shortLease =
        throughGate(
            new RedisTurnLock(
                redis, Duration.ofMillis(400), Duration.ofSeconds(10), Duration.ofMillis(200)));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<?> hung =
        pool.submit(
            () ->
                shortLease.withLock(
                    address,
                    () -> {
                      holding.countDown();
                      await(finish); // a node that stopped answering
                      return null;
                    }));
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();
    String result = shortLease.withLock(address, () -> "ran");
    assertThat(result).isEqualTo("ran");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    finish.countDown();
    hung.get(5, TimeUnit.SECONDS);
    // and the lock still works afterwards
    assertThat(shortLease.withLock(address, () -> "again")).isEqualTo("again");
  }

  @Test
  void aTicketWhoseWaiterDiedIsSkippedAfterTheGrace() {
    List<String> keys = RedisTurnLock.keys(address);
    lock.withLock(address, () -> null); // serving is now 2
    redis.opsForValue().increment(keys.get(0)); // ticket 2 taken by a node that then died
    long start = System.nanoTime();
    assertThat(lock.withLock(address, () -> "ran")).isEqualTo("ran");
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    assertThat(waited)
        .isGreaterThanOrEqualTo(Duration.ofMillis(900))
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aWaiterGivesUpWithTryLaterAndIsPassedOverAtOnce() throws Exception {
    TurnLock impatient =
        throughGate(
            new RedisTurnLock(
                redis, Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofSeconds(5)));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<?> first =
        pool.submit(
            () ->
                impatient.withLock(
                    address,
                    () -> {
                      holding.countDown();
                      await(finish);
                      return null;
                    }));
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> impatient.withLock(address, () -> "never"))
        .isInstanceOf(TryLaterException.class);
    finish.countDown();
    first.get(5, TimeUnit.SECONDS);
    long start = System.nanoTime();
    assertThat(impatient.withLock(address, () -> "ran")).isEqualTo("ran");
    // not held up by the 5 s grace: the abandoned ticket was passed over
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void idleAddressesLeaveNoKeysForever() {
    lock.withLock(address, () -> null);
    for (String key : RedisTurnLock.keys(address)) {
      Long ttl = redis.getExpire(key);
      assertThat(ttl == -2L || ttl > 0).as(key + " has an expiry (ttl " + ttl + ")").isTrue();
    }
  }
}
