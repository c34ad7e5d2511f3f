package id.lokerbot.conversation;

import id.lokerbot.conversation.DialogueStateStore.Saved;
import java.util.Optional;

/**
 * Where every turn starts: the message is counted against the person's rate limit and, when within
 * it, waits until the person's earlier turns are done (on every node) and runs with the state they
 * left. With Redis all three take one round trip.
 */
public interface TurnGate {

  <T> T pass(String address, Turn<T> turn);

  /** What to do once the gate has decided. */
  interface Turn<T> {

    /** Within the limit and the person's turn, holding the lock; {@code saved} as it is now. */
    T run(Optional<Saved> saved);

    /** Over the limit ({@code WARN} or {@code DROP}): not run, no lock taken. */
    T overLimit(RateLimiter.Decision decision);
  }
}
