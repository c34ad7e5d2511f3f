package id.lokerbot.conversation;

import id.lokerbot.conversation.DialogueStateStore.Saved;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where every turn starts: the message is counted against the person's rate limit and, when within
 * it, waits until the person's earlier turns are done (on every node) and runs with the state they
 * left. With Redis all three take one round trip, shared with the message's dedupe claim.
 */
public interface TurnGate {

  <T> T pass(String address, Turn<T> turn);

  /**
   * {@link #pass} for a message whose dedupe claim was just sent ({@link
   * id.lokerbot.channel.InboundDedupe#startFirstTime}): the gate sends its own start behind it and
   * waits once. Not counted and not run when the id was handled before ({@link Turn#seenBefore});
   * the claim's failure (try later, Redis away) is thrown.
   */
  <T> T passFirstTime(String address, CompletableFuture<Boolean> firstTime, Turn<T> turn);

  /** What to do once the gate has decided. */
  interface Turn<T> {

    /** Within the limit and the person's turn, holding the lock; {@code saved} as it is now. */
    T run(Optional<Saved> saved);

    /** Over the limit ({@code WARN} or {@code DROP}): not run, no lock taken. */
    T overLimit(RateLimiter.Decision decision);

    /** The provider delivered this message before: nothing to do. */
    T seenBefore();
  }
}
