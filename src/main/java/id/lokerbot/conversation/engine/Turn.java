package id.lokerbot.conversation.engine;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a node or an action may touch during one turn: the person's saved values, the replies
 * being built, and the events to publish. Plain Java, so flows test as transcripts.
 */
public final class Turn {

  private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final String address;
  private final Instant now;
  private final Messages messages;
  private final Map<String, ActionHandler> actions;
  private final Map<String, String> values;
  private final List<OutboundMessage> replies = new ArrayList<>();
  private final List<Object> events = new ArrayList<>();
  private String flow;

  Turn(
      String address,
      Instant now,
      Messages messages,
      Map<String, ActionHandler> actions,
      Map<String, String> values,
      String flow) {
    this.address = address;
    this.now = now;
    this.messages = messages;
    this.actions = actions;
    this.values = new HashMap<>(values);
    this.flow = flow;
  }

  public String address() {
    return address;
  }

  public Instant now() {
    return now;
  }

  /** The year now in WIB (Asia/Jakarta), where the people live: for ages and birth years. */
  public int thisYear() {
    return now.atZone(JAKARTA).getYear();
  }

  /** The person's language, or the default before they chose one. */
  public String language() {
    return messages.supported(values.get(State.LANGUAGE));
  }

  public String value(String name) {
    return values.get(name);
  }

  public void save(String name, String value) {
    values.put(name, value);
  }

  public void forget(String name) {
    values.remove(name);
  }

  /** The text of a message key in the person's language, placeholders filled from values. */
  public String text(String key, Map<String, String> vars) {
    Map<String, String> all = new HashMap<>(values);
    all.putAll(vars);
    return messages.text(language(), key, all);
  }

  public String text(String key) {
    return text(key, Map.of());
  }

  /** Adds a reply made from a message key. */
  public void say(String key) {
    say(key, Map.of());
  }

  public void say(String key, Map<String, String> vars) {
    reply(text(key, vars), List.of());
  }

  /** Adds a reply made from ready text (catalogue results, assessment summaries). */
  public void reply(String text, List<String> choiceLabels) {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < choiceLabels.size(); i++) {
      choices.add(new Choice(String.valueOf(i + 1), choiceLabels.get(i)));
    }
    replies.add(new OutboundMessage(address, text, choices, null, language()));
  }

  /** Adds a question whose choices are message keys. */
  public void ask(String key, List<String> choiceKeys) {
    reply(text(key), choiceKeys.stream().map(this::text).toList());
  }

  /** Labels of a message key in every language, so "English" works while in Indonesian. */
  List<String> labelsInEveryLanguage(String key) {
    return messages.languages().stream().map(l -> messages.text(l, key, values)).toList();
  }

  /** Something to change in the world, published after the state is saved. */
  public void publish(Object event) {
    events.add(event);
  }

  ActionHandler action(String name) {
    ActionHandler handler = actions.get(name);
    if (handler == null) {
      throw new IllegalStateException("no action " + name);
    }
    return handler;
  }

  /** The parameters with {@code {value}} placeholders filled from saved values. */
  Map<String, String> fill(Map<String, String> params) {
    Map<String, String> filled = new HashMap<>();
    params.forEach(
        (k, v) -> {
          Matcher m = VARIABLE.matcher(v);
          StringBuilder out = new StringBuilder();
          while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
          }
          m.appendTail(out);
          filled.put(k, out.toString());
        });
    return filled;
  }

  String flow() {
    return flow;
  }

  void enterFlow(String flow) {
    this.flow = flow;
  }

  Map<String, String> values() {
    return values;
  }

  List<OutboundMessage> replies() {
    return replies;
  }

  List<Object> events() {
    return events;
  }
}
