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
 * }</pre>
 *
 * @param target node to go to, for {@code goto} commands
 * @param does a built-in behaviour ({@code stop}, {@code resume}, {@code restart}), or null
 */
record Command(String id, List<String> words, String target, String does) {

  static final List<String> BEHAVIOURS = List.of("stop", "resume", "restart");
}
