package id.lokerbot.conversation.engine;

import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OptOutRequested;
import id.lokerbot.content.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dialogue engine: given a person's state, the flows and their message, it returns the new
 * state, the replies and the events. Plain Java: no Spring, no stores, no HTTP.
 */
public final class Engine {

  /** Message keys the engine itself uses; validation makes sure every language has them. */
  public static final List<String> OWN_MESSAGES =
      List.of(
          Ask.DEFAULT_INVALID,
          Input.DEFAULT_INVALID,
          "common.too-long",
          "session.expired",
          "command.stopped",
          "command.resumed",
          "common.error");

  /** Where everyone starts, and where an expired or finished conversation returns. */
  public static final String MAIN_FLOW = "main";

  public static final String MENU = "main:menu";

  private static final String OPTED_OUT = "optedOut";
  private static final int MAX_STEPS_PER_TURN = 50;

  private final Flows flows;
  private final Messages messages;
  private final Map<String, ActionHandler> actions;
  private final Settings settings;

  /**
   * @param idleTimeout a flow idle longer than this restarts politely at the menu
   * @param maxInputLength longer messages are answered with a polite re-ask
   */
  public record Settings(Duration idleTimeout, int maxInputLength) {}

  public Engine(
      Flows flows, Messages messages, Map<String, ActionHandler> actions, Settings settings) {
    this.flows = flows;
    this.messages = messages;
    this.actions = Map.copyOf(actions);
    this.settings = settings;
  }

  public Result run(State state, InboundMessage message, Instant now) {
    Turn turn = new Turn(message.address(), now, messages, actions, state.values(), state.flow());
    String text = clean(message.text());
    Command command = message.choice() == null ? command(text) : null;
    Step step;
    if (command != null && ("stop".equals(command.does()) || "resume".equals(command.does()))) {
      // STOP and START are honoured from anywhere: as a first message, after a long pause too
      step = obey(command, turn, null);
    } else if (state.isFresh() || locate(state.node(), state.flow()) == null) {
      step = Step.go(MAIN_FLOW + ":" + flows.flows().get(MAIN_FLOW).start());
    } else if (idleTooLong(state, now)) {
      turn.say("session.expired");
      step = Step.go(turn.value(State.LANGUAGE) == null ? startOf(MAIN_FLOW) : MENU);
    } else {
      Node current = locate(state.node(), state.flow()).node();
      if (text.length() > settings.maxInputLength()) {
        turn.say("common.too-long");
        step = current.enter(turn);
      } else {
        step =
            command != null
                ? obey(command, turn, current)
                : current.answer(turn, new Answer(text, message.choice()));
      }
    }
    String node = state.node();
    for (int steps = 0; !step.waits(); steps++) {
      Flows.Located next = locate(step.target(), turn.flow());
      if (next == null || steps == MAX_STEPS_PER_TURN) {
        // Validation rules this out; if content still loops, apologise and go home.
        turn.say("common.error");
        next = locate(MENU, MAIN_FLOW);
      }
      turn.enterFlow(next.flow().name());
      node = next.node().id();
      step = next.node().enter(turn);
    }
    return new Result(
        new State(turn.flow(), node, turn.values(), now), turn.replies(), turn.events());
  }

  private Step obey(Command command, Turn turn, Node current) {
    if (command.say() != null) {
      turn.say(command.say());
    }
    if (command.target() != null) {
      return Step.go(command.target());
    }
    return switch (command.does()) {
      case "stop" -> {
        turn.save(OPTED_OUT, "yes");
        turn.publish(new OptOutRequested(turn.address(), true, turn.now()));
        turn.say("command.stopped");
        yield Step.waitForAnswer();
      }
      case "resume" -> {
        // Always clear the durable opt-out: the address may have been stopped by a provider
        // (blocked bot, Twilio 21610) or before this dialogue state existed.
        turn.publish(new OptOutRequested(turn.address(), false, turn.now()));
        if (turn.value(OPTED_OUT) != null) {
          turn.forget(OPTED_OUT);
          turn.say("command.resumed");
        }
        yield Step.go(turn.value(State.LANGUAGE) == null ? startOf(MAIN_FLOW) : MENU);
      }
      case "restart" -> Step.go(startOf(turn.flow()));
      case "reask" -> current.enter(turn);
      default -> current.enter(turn);
    };
  }

  private Command command(String text) {
    if (text.isBlank() || text.length() > 40) {
      return null;
    }
    String normalised = TextMatch.normalise(text);
    for (Command command : flows.commands()) {
      if (TextMatch.isWord(normalised, command.words())) {
        return command;
      }
    }
    return null;
  }

  private boolean idleTooLong(State state, Instant now) {
    return state.lastActivity() != null
        && Duration.between(state.lastActivity(), now).compareTo(settings.idleTimeout()) > 0;
  }

  private String startOf(String flow) {
    Flow f = flows.flows().getOrDefault(flow, flows.flows().get(MAIN_FLOW));
    return f.name() + ":" + f.start();
  }

  private Flows.Located locate(String reference, String currentFlow) {
    return reference == null ? null : flows.locate(reference, currentFlow);
  }

  /** Drops control and format characters (keeps letters, marks, emoji) and trims. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 20_000));
    text.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (cp == '\n' || cp == '\t') {
                out.append(' ');
              } else if (type != Character.CONTROL
                  && type != Character.FORMAT
                  && type != Character.UNASSIGNED
                  && type != Character.PRIVATE_USE) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString().strip();
  }
}
