package id.lokerbot.conversation.engine;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one person is in the conversation.
 *
 * @param flow the flow in progress
 * @param node the node waiting for the person's answer
 * @param values answers saved so far ({@code language}, {@code consent}, …)
 * @param lastActivity when the person last wrote
 */
public record State(String flow, String node, Map<String, String> values, Instant lastActivity) {

  /** The saved value that holds the person's language. */
  public static final String LANGUAGE = "language";

  public State {
    values = Map.copyOf(new TreeMap<>(values == null ? Map.of() : values));
  }

  /** Nobody has talked to us from this address yet (or their state expired). */
  public static State fresh() {
    return new State(null, null, Map.of(), null);
  }

  public boolean isFresh() {
    return node == null;
  }

  public String value(String name) {
    return values.get(name);
  }
}
