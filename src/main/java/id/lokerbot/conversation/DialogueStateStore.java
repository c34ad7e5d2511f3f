package id.lokerbot.conversation;

import id.lokerbot.conversation.engine.State;
import java.time.Duration;
import java.util.Optional;

/** Per-address dialogue state, kept for a limited time. */
public interface DialogueStateStore {

  Optional<State> load(String address);

  void save(String address, State state, Duration ttl);

  void delete(String address);
}
