package id.lokerbot.conversation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Goes to the first case whose saved values match; a case without {@code if} always matches. A
 * value {@code "*"} means "anything saved", an empty string means "nothing saved".
 *
 * <pre>{@code
 * - id: route
 *   branch:
 *     - if: { consent: "yes" }
 *       next: menu
 *     - next: ask-consent
 * }</pre>
 */
record Branch(String id, List<Case> cases) implements Node {

  /** One case: all of {@code when}'s values must match. */
  record Case(Map<String, String> when, String next) {
    boolean matches(Turn turn) {
      return when.entrySet().stream()
          .allMatch(
              e -> {
                String saved = turn.value(e.getKey());
                return switch (e.getValue()) {
                  case "*" -> saved != null;
                  case "" -> saved == null;
                  default -> e.getValue().equals(saved);
                };
              });
    }
  }

  @Override
  public Step enter(Turn turn) {
    for (Case c : cases) {
      if (c.matches(turn)) {
        return Step.go(c.next());
      }
    }
    return Step.go(cases.get(cases.size() - 1).next());
  }

  @Override
  public List<String> targets() {
    List<String> targets = new ArrayList<>();
    cases.forEach(c -> targets.add(c.next()));
    return targets;
  }

  @Override
  public List<String> messageKeys() {
    return List.of();
  }
}
