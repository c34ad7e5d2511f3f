package id.lokerbot.conversation;

import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.conversation.engine.State;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Per-address dialogue state, kept for a limited time. */
public interface DialogueStateStore {

  /**
   * What is kept per address: the state, and the last turn's message id and replies, written
   * together. A redelivery of that message (the provider did not see our answer) gets the same
   * replies again instead of running a second time.
   *
   * @param lastMessageId the provider message id of the last turn, or null
   * @param lastReplies what that turn answered
   */
  record Saved(State state, String lastMessageId, List<OutboundMessage> lastReplies) {

    public Saved {
      lastReplies = lastReplies == null ? List.of() : List.copyOf(lastReplies);
    }

    public static Saved of(State state) {
      return new Saved(state, null, List.of());
    }
  }

  Optional<Saved> load(String address);

  void save(String address, Saved saved, Duration ttl);

  /**
   * Starts a save and returns how to wait for it: the turn does its other work meanwhile and waits
   * just before its records commit. A store that saves at once has nothing to wait for.
   */
  default Saving startSave(String address, Saved saved, Duration ttl) {
    save(address, saved, ttl);
    return () -> {};
  }

  /** A save under way. */
  interface Saving {

    /** Returns once the state is kept; throws what the save failed with. */
    void await();
  }

  void delete(String address);
}
