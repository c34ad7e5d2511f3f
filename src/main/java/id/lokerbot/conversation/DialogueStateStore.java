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

  void delete(String address);
}
