package id.lokerbot.conversation.engine;

import java.util.List;

/**
 * Jumps to another node, in this flow or another ({@code flow:node}).
 *
 * <pre>{@code
 * - id: back
 *   goto: main:menu
 * }</pre>
 */
record Goto(String id, String target) implements Node {

  @Override
  public Step enter(Turn turn) {
    return Step.go(target);
  }

  @Override
  public List<String> targets() {
    return List.of(target);
  }

  @Override
  public List<String> messageKeys() {
    return List.of();
  }
}
