package id.lokerbot.conversation.engine;

import java.util.List;

/**
 * Says something and moves on.
 *
 * <pre>{@code
 * - id: coming-soon
 *   say: menu.coming
 *   next: menu
 * }</pre>
 */
record Say(String id, String say, String next) implements Node {

  @Override
  public Step enter(Turn turn) {
    turn.say(say);
    return Step.go(next);
  }

  @Override
  public List<String> targets() {
    return List.of(next);
  }

  @Override
  public List<String> messageKeys() {
    return List.of(say);
  }
}
