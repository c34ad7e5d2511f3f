package id.lokerbot.conversation.engine;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.Problems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code content/flows/*.yaml} into {@link Flows} and reports every problem: unknown node
 * types, missing fields, duplicate ids, references to unknown nodes, unreachable nodes, unknown
 * actions, and message keys some language lacks.
 */
public final class FlowCompiler {

  static final String COMMANDS_FILE = "flows/commands.yaml";
  private static final List<String> TYPES =
      List.of("say", "ask", "input", "branch", "goto", "action");

  private final Set<String> actionNames;

  public FlowCompiler(Set<String> actionNames) {
    this.actionNames = actionNames;
  }

  public Flows compile(Content content, Problems problems) {
    Map<String, Flow> flows = new LinkedHashMap<>();
    List<Command> commands = new ArrayList<>();
    for (ContentDocument doc : content.folder("flows")) {
      if (doc.file().equals(COMMANDS_FILE)) {
        commands.addAll(commands(doc, problems));
        continue;
      }
      Flow flow = flow(doc, problems);
      if (flow == null) {
        continue;
      }
      if (flows.containsKey(flow.name())) {
        problems.add(doc.file(), "flow", "flow '" + flow.name() + "' is defined twice");
      }
      flows.put(flow.name(), flow);
    }
    Flows result = new Flows(flows, commands);
    if (!flows.containsKey(Engine.MAIN_FLOW)) {
      problems.add("flows/" + Engine.MAIN_FLOW + ".yaml", "", "the main flow is missing");
      return result;
    }
    checkReferences(result, problems);
    checkReachable(result, problems);
    checkMessages(result, content, problems);
    return result;
  }

  private Flow flow(ContentDocument doc, Problems problems) {
    String name = string(doc.root().get("flow"));
    if (name == null) {
      name = doc.name();
    }
    String start = string(doc.root().get("start"));
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Object> list = doc.list("nodes");
    if (list.isEmpty()) {
      problems.add(doc.file(), "nodes", "a flow needs a list of nodes");
      return null;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = "nodes[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> raw)) {
        problems.add(doc.file(), path, "must be a mapping");
        continue;
      }
      Node node = new NodeReader(doc.file(), path, raw, problems).read();
      if (node == null) {
        continue;
      }
      if (nodes.containsKey(node.id())) {
        problems.add(doc.file(), path + ".id", "duplicate node id '" + node.id() + "'");
      }
      nodes.put(node.id(), node);
    }
    if (start == null) {
      start = nodes.isEmpty() ? null : nodes.keySet().iterator().next();
    } else if (!nodes.containsKey(start)) {
      problems.add(doc.file(), "start", "unknown node '" + start + "'");
    }
    return start == null ? null : new Flow(name, start, nodes, doc.file());
  }

  private List<Command> commands(ContentDocument doc, Problems problems) {
    List<Command> commands = new ArrayList<>();
    List<Object> list = doc.list("commands");
    for (int i = 0; i < list.size(); i++) {
      String path = "commands[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> raw)) {
        problems.add(doc.file(), path, "must be a mapping");
        continue;
      }
      String id = string(raw.get("id"));
      List<String> words = strings(raw.get("words"));
      String target = string(raw.get("goto"));
      String does = string(raw.get("do"));
      if (id == null) {
        problems.add(doc.file(), path + ".id", "missing");
      }
      if (words.isEmpty()) {
        problems.add(doc.file(), path + ".words", "needs at least one word");
      }
      if ((target == null) == (does == null)) {
        problems.add(doc.file(), path, "needs exactly one of goto or do");
      } else if (does != null && !Command.BEHAVIOURS.contains(does)) {
        problems.add(doc.file(), path + ".do", "unknown '" + does + "', use " + Command.BEHAVIOURS);
      }
      commands.add(new Command(id, words, target, does, string(raw.get("say"))));
    }
    return commands;
  }

  private void checkReferences(Flows flows, Problems problems) {
    for (Flow flow : flows.flows().values()) {
      for (Node node : flow.nodes().values()) {
        for (String target : node.targets()) {
          if (flows.locate(target, flow.name()) == null) {
            problems.add(flow.file(), path(flow, node), "goes to unknown node '" + target + "'");
          }
        }
        if (node instanceof Action action && !actionNames.contains(action.action())) {
          problems.add(
              flow.file(),
              path(flow, node) + ".action",
              "unknown action '" + action.action() + "', known: " + actionNames);
        }
      }
    }
    for (int i = 0; i < flows.commands().size(); i++) {
      Command c = flows.commands().get(i);
      if (c.target() != null && flows.locate(c.target(), Engine.MAIN_FLOW) == null) {
        problems.add(
            COMMANDS_FILE, "commands[" + i + "].goto", "unknown node '" + c.target() + "'");
      }
    }
  }

  /** Every node must be reachable from some flow's start or a command. */
  private void checkReachable(Flows flows, Problems problems) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    flows.flows().values().forEach(f -> todo.add(f.name() + ":" + f.start()));
    flows.commands().stream()
        .filter(c -> c.target() != null)
        .forEach(c -> todo.add(qualified(c.target(), Engine.MAIN_FLOW)));
    todo.add(Engine.MENU);
    while (!todo.isEmpty()) {
      String ref = todo.pop();
      if (!seen.add(ref)) {
        continue;
      }
      Flows.Located located = flows.locate(ref, Engine.MAIN_FLOW);
      if (located == null) {
        continue;
      }
      for (String target : located.node().targets()) {
        todo.add(qualified(target, located.flow().name()));
      }
    }
    for (Flow flow : flows.flows().values()) {
      for (Node node : flow.nodes().values()) {
        if (!seen.contains(flow.name() + ":" + node.id())) {
          problems.add(flow.file(), path(flow, node), "node '" + node.id() + "' is unreachable");
        }
      }
    }
  }

  private void checkMessages(Flows flows, Content content, Problems problems) {
    List<String> languages = content.messages().languages();
    for (Flow flow : flows.flows().values()) {
      for (Node node : flow.nodes().values()) {
        for (String key : node.messageKeys()) {
          for (String language : languages) {
            if (!content.messages().has(language, key)) {
              problems.add(
                  flow.file(),
                  path(flow, node),
                  "message '" + key + "' is missing in messages/" + language + ".yaml");
            }
          }
        }
      }
    }
    for (int i = 0; i < flows.commands().size(); i++) {
      String key = flows.commands().get(i).say();
      for (String language : languages) {
        if (key != null && !content.messages().has(language, key)) {
          problems.add(
              COMMANDS_FILE,
              "commands[" + i + "].say",
              "message '" + key + "' is missing in messages/" + language + ".yaml");
        }
      }
    }
    for (String key : Engine.OWN_MESSAGES) {
      for (String language : languages) {
        if (!content.messages().has(language, key)) {
          problems.add(
              "messages/" + language + ".yaml", "messages." + key, "missing (the engine uses it)");
        }
      }
    }
  }

  private static String qualified(String ref, String flow) {
    return ref.indexOf(':') < 0 ? flow + ":" + ref : ref;
  }

  private static String path(Flow flow, Node node) {
    int i = new ArrayList<>(flow.nodes().keySet()).indexOf(node.id());
    return "nodes[" + i + "](" + node.id() + ")";
  }

  static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  /** Reads one node mapping; reports what is missing or unknown and returns null then. */
  private static final class NodeReader {
    private final String file;
    private final String path;
    private final Map<?, ?> raw;
    private final Problems problems;
    private boolean ok = true;

    NodeReader(String file, String path, Map<?, ?> raw, Problems problems) {
      this.file = file;
      this.path = path;
      this.raw = raw;
      this.problems = problems;
    }

    Node read() {
      String id = required("id");
      List<String> types = TYPES.stream().filter(raw::containsKey).toList();
      if (types.size() != 1) {
        problem("", "needs exactly one of " + TYPES + (types.isEmpty() ? "" : ", found " + types));
        return null;
      }
      Node node =
          switch (types.get(0)) {
            case "say" -> new Say(id, required("say"), required("next"));
            case "goto" -> new Goto(id, required("goto"));
            case "ask" -> ask(id);
            case "input" -> input(id);
            case "branch" -> branch(id);
            default -> action(id);
          };
      return ok ? node : null;
    }

    private Node ask(String id) {
      List<Option> options = new ArrayList<>();
      Object choices = raw.get("choices");
      if (!(choices instanceof List<?> list) || list.isEmpty()) {
        problem(".choices", "an ask needs a list of choices");
        return null;
      }
      String next = string(raw.get("next"));
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Map<?, ?> c)) {
          problem(".choices[" + i + "]", "must be a mapping with value and label");
          continue;
        }
        String value = string(c.get("value"));
        String label = string(c.get("label"));
        String optionNext = string(c.get("next"));
        if (value == null || label == null) {
          problem(".choices[" + i + "]", "needs value and label");
        }
        if (optionNext == null && next == null) {
          problem(".choices[" + i + "].next", "missing (and the ask has no next)");
        }
        options.add(
            new Option(
                value,
                label,
                strings(c.get("also")),
                optionNext,
                rupiah(c.get("rupiah"), ".choices[" + i + "].rupiah")));
      }
      checkRupiahOverlap(options);
      return new Ask(
          id,
          required("ask"),
          options,
          string(raw.get("saveAs")),
          next,
          string(raw.get("invalid")),
          string(raw.get("otherwise")));
    }

    /** {@code [from, to]} or {@code [from]} (no upper end), whole rupiah, both ends included. */
    private Rupiah.Range rupiah(Object value, String at) {
      if (value == null) {
        return null;
      }
      if (value instanceof List<?> ends
          && (ends.size() == 1 || ends.size() == 2)
          && ends.stream().allMatch(e -> e instanceof Number n && n.longValue() >= 0)) {
        long from = ((Number) ends.get(0)).longValue();
        long to = ends.size() == 2 ? ((Number) ends.get(1)).longValue() : Long.MAX_VALUE;
        if (from <= to) {
          return new Rupiah.Range(from, to);
        }
      }
      problem(at, "must be [from, to] or [from]: whole rupiah, from not above to");
      return null;
    }

    /** An amount two choices both claim would pick whichever comes first: refused. */
    private void checkRupiahOverlap(List<Option> options) {
      List<Rupiah.Range> ranges =
          options.stream().map(Option::rupiah).filter(r -> r != null).toList();
      for (int a = 0; a < ranges.size(); a++) {
        for (int b = a + 1; b < ranges.size(); b++) {
          if (ranges.get(a).from() <= ranges.get(b).to()
              && ranges.get(b).from() <= ranges.get(a).to()) {
            problem(".choices", "two choices take the same amounts (rupiah ranges overlap)");
            return;
          }
        }
      }
    }

    private Node input(String id) {
      Object ruleRaw = raw.get("rule");
      Map<?, ?> rule = ruleRaw instanceof Map<?, ?> m ? m : Map.of("type", "text");
      String type = string(rule.get("type"));
      if (!Input.Rule.TYPES.contains(type)) {
        problem(".rule.type", "unknown '" + type + "', use " + Input.Rule.TYPES);
        return null;
      }
      Pattern pattern = null;
      if (type.equals("pattern")) {
        try {
          pattern = Pattern.compile(string(rule.get("pattern")));
        } catch (PatternSyntaxException | NullPointerException e) {
          problem(".rule.pattern", "missing or not a valid regular expression");
        }
      }
      return new Input(
          id,
          required("input"),
          new Input.Rule(type, integer(rule.get("min")), integer(rule.get("max")), pattern),
          Boolean.TRUE.equals(raw.get("skippable")),
          string(raw.get("saveAs")),
          required("next"),
          string(raw.get("invalid")));
    }

    private Node branch(String id) {
      Object cases = raw.get("branch");
      if (!(cases instanceof List<?> list) || list.isEmpty()) {
        problem(".branch", "needs a list of cases");
        return null;
      }
      List<Branch.Case> read = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Map<?, ?> c) || c.get("next") == null) {
          problem(".branch[" + i + "]", "needs next (and optionally if)");
          continue;
        }
        Map<String, String> when = new LinkedHashMap<>();
        if (c.get("if") instanceof Map<?, ?> cond) {
          cond.forEach((k, v) -> when.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        read.add(new Branch.Case(when, string(c.get("next"))));
      }
      return new Branch(id, read);
    }

    private Node action(String id) {
      Map<String, String> with = new LinkedHashMap<>();
      if (raw.get("with") instanceof Map<?, ?> m) {
        m.forEach((k, v) -> with.put(String.valueOf(k), String.valueOf(v)));
      }
      return new Action(id, required("action"), with, required("next"));
    }

    private String required(String key) {
      String value = string(raw.get(key));
      if (value == null || value.isBlank()) {
        problem("." + key, "missing");
      }
      return value;
    }

    private Integer integer(Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof Integer i) {
        return i;
      }
      problem(".rule", "min and max must be whole numbers");
      return null;
    }

    private void problem(String suffix, String message) {
      ok = false;
      problems.add(file, path + suffix, message);
    }
  }
}
