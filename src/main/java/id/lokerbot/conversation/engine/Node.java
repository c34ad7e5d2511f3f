package id.lokerbot.conversation.engine;

import java.util.List;

/**
 * One step of a flow, read from {@code content/flows/*.yaml}. A node runs when the flow enters it;
 * nodes that ask something then wait and get the person's answer.
 */
sealed interface Node permits Say, Ask, Input, Branch, Goto, Action {

  String id();

  Step enter(Turn turn);

  /** Only nodes that waited get answers; the others never do. */
  default Step answer(Turn turn, Answer answer) {
    return enter(turn);
  }

  /** Node references this node can go to, for validation. */
  List<String> targets();

  /** Message keys this node uses, for validation. */
  List<String> messageKeys();
}
