package id.lokerbot.conversation.engine;

import java.util.Map;

/**
 * A named conversation: its nodes by id, entered at {@code start}.
 *
 * @param file where it was read from, for error messages
 */
record Flow(String name, String start, Map<String, Node> nodes, String file) {}
