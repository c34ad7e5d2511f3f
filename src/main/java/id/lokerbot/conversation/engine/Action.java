package id.lokerbot.conversation.engine;

import java.util.List;
import java.util.Map;

/**
 * Calls a capability by name (see {@link ActionHandler}); the handler decides where to go next,
 * usually {@code next}.
 *
 * <pre>{@code
 * - id: find
 *   action: search
 *   with: { query: "{searchText}" }
 *   next: menu
 * }</pre>
 */
record Action(String id, String action, Map<String, String> with, String next) implements Node {

  @Override
  public Step enter(Turn turn) {
    return turn.action(action).enter(turn, turn.fill(with), next);
  }

  @Override
  public Step answer(Turn turn, Answer answer) {
    return turn.action(action).answer(turn, answer, turn.fill(with), next);
  }

  @Override
  public List<String> targets() {
    return List.of(next);
  }

  @Override
  public List<String> messageKeys() {
    return List.of();
  }
}
