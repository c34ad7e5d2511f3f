package id.lokerbot.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises turns per address inside one process, with fair locks so messages run in arrival
 * order. Locks are dropped when nobody holds or waits for them.
 */
class LocalTurnLock implements TurnLock {

  private record Holder(ReentrantLock lock, int users) {}

  private final ConcurrentHashMap<String, Holder> locks = new ConcurrentHashMap<>();

  @Override
  public <T> T withLock(String address, Supplier<T> turn) {
    ReentrantLock lock =
        locks
            .compute(
                address,
                (a, h) ->
                    h == null
                        ? new Holder(new ReentrantLock(true), 1)
                        : new Holder(h.lock(), h.users() + 1))
            .lock();
    lock.lock();
    try {
      return turn.get();
    } finally {
      lock.unlock();
      locks.computeIfPresent(
          address, (a, h) -> h.users() == 1 ? null : new Holder(h.lock(), h.users() - 1));
    }
  }

  int held() {
    return locks.size();
  }
}
