package id.lokerbot.conversation.engine;

import java.util.List;

/**
 * A global command that works from anywhere, read from {@code content/flows/commands.yaml}.
 *
 * <pre>{@code
 * - id: menu
 *   words: [menu, menu utama, main menu]
 *   goto: main:menu
 * - id: stop
 *   words: [berhenti, stop, unsubscribe]
 *   do: stop
 * - id: help
 *   words: [bantuan, help]
 *   say: help.text
 *   do: reask
 * }</pre>
 *
 * @param target node to go to, for {@code goto} commands
 * @param does a built-in behaviour ({@code stop}, {@code resume}, {@code restart}, {@code reask}:
 *     ask the current question again), or null
 * @param say message key said first, or null
 */
record Command(String id, List<String> words, String target, String does, String say) {

  static final List<String> BEHAVIOURS = List.of("stop", "resume", "restart", "reask");

  /** Keeps the words {@link TextMatch#normalise normalised}: every turn compares them. */
  Command {
    words = words.stream().map(TextMatch::normalise).toList();
  }
}
