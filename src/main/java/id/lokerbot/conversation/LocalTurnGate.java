package id.lokerbot.conversation;

import id.lokerbot.platform.RedisAsync;
import java.util.concurrent.CompletableFuture;

/** The gate made of its three parts, one call each (the in-process stores). */
class LocalTurnGate implements TurnGate {

  private final RateLimiter rateLimiter;
  private final TurnLock lock;
  private final DialogueStateStore states;

  LocalTurnGate(RateLimiter rateLimiter, TurnLock lock, DialogueStateStore states) {
    this.rateLimiter = rateLimiter;
    this.lock = lock;
    this.states = states;
  }

  @Override
  public <T> T pass(String address, Turn<T> turn) {
    RateLimiter.Decision decision = rateLimiter.admit(address);
    if (decision != RateLimiter.Decision.ALLOW) {
      return turn.overLimit(decision);
    }
    return lock.withLock(address, () -> turn.run(states.load(address)));
  }

  @Override
  public <T> T passFirstTime(String address, CompletableFuture<Boolean> firstTime, Turn<T> turn) {
    return RedisAsync.await(firstTime) ? pass(address, turn) : turn.seenBefore();
  }
}
