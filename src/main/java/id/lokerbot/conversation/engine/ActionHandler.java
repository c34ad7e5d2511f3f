package id.lokerbot.conversation.engine;

import java.util.Map;

/**
 * The hook for capabilities that flows call by name ({@code action: search}): the catalogue search,
 * assessments, subscriptions, referrals. A handler may answer at once and move on, or wait for the
 * person's answer like an ask node does.
 */
public interface ActionHandler {

  /** The name flows use in {@code action:}. */
  String name();

  /**
   * Runs when the flow reaches the node.
   *
   * @param params the node's {@code with:} mapping
   * @param next where the node says to go when done
   */
  Step enter(Turn turn, Map<String, String> params, String next);

  /** Runs with the person's answer when {@link #enter} waited. */
  default Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    return Step.go(next);
  }
}
