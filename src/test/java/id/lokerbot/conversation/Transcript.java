package id.lokerbot.conversation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A golden conversation: what the person says and what the bot answers, as a person on SMS or
 * WhatsApp without buttons would read it.
 *
 * <pre>{@code
 * description: consent declined still leads to the menu
 * from: sim:declined            # optional; defaults to sim:<file name>
 * turns:
 *   - user: halo
 *     bot: ["Halo! ...", "Pilih bahasa ..."]
 *   - after: 4d                  # optional: time passes before this turn
 *     user: "2"
 *     choice: "2"                # optional: a pressed button instead of typing
 *     stopped: true              # optional: the address is (not) opted out after this turn
 *   - from: telegram:42          # optional: this turn comes from another address
 *     user: hubungkan
 *     code: true                 # optional: the replies hold a one-time code, shown as {code};
 *                                # later turns can type {code}
 * }</pre>
 */
record Transcript(String description, String from, List<Step> turns) {

  record Step(
      Duration after,
      String from,
      String user,
      String choice,
      Boolean stopped,
      boolean code,
      List<String> bot) {}

  @SuppressWarnings("unchecked")
  static Transcript read(Path file) throws IOException {
    Map<String, Object> root = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    String name = file.getFileName().toString().replace(".yaml", "");
    String from = (String) root.getOrDefault("from", "sim:" + name);
    List<Step> steps = new ArrayList<>();
    for (Map<String, Object> t : (List<Map<String, Object>>) root.get("turns")) {
      Object after = t.get("after");
      steps.add(
          new Step(
              after == null ? null : duration(after.toString()),
              t.get("from") == null ? null : t.get("from").toString(),
              t.get("user") == null ? "" : t.get("user").toString(),
              t.get("choice") == null ? null : t.get("choice").toString(),
              (Boolean) t.get("stopped"),
              Boolean.TRUE.equals(t.get("code")),
              t.get("bot") == null ? List.of() : (List<String>) t.get("bot")));
    }
    return new Transcript((String) root.get("description"), from, steps);
  }

  /** Writes the transcript back with the bot's actual answers, for review in the diff. */
  void write(Path file, List<List<String>> actual) throws IOException {
    StringBuilder out = new StringBuilder();
    if (description != null) {
      out.append("description: ").append(quote(description)).append('\n');
    }
    out.append("from: ").append(quote(from)).append('\n').append("turns:\n");
    for (int i = 0; i < turns.size(); i++) {
      Step s = turns.get(i);
      if (s.from() != null) {
        out.append("  - from: ").append(quote(s.from())).append('\n');
        out.append("    user: ").append(quote(s.user())).append('\n');
      } else {
        out.append("  - user: ").append(quote(s.user())).append('\n');
      }
      if (s.after() != null) {
        out.append("    after: ").append(format(s.after())).append('\n');
      }
      if (s.choice() != null) {
        out.append("    choice: ").append(quote(s.choice())).append('\n');
      }
      if (s.stopped() != null) {
        out.append("    stopped: ").append(s.stopped()).append('\n');
      }
      if (s.code()) {
        out.append("    code: true\n");
      }
      out.append("    bot:\n");
      for (String line : actual.get(i)) {
        if (line.contains("\n")) {
          out.append("      - |-\n");
          for (String l : line.split("\n", -1)) {
            out.append("        ").append(l).append('\n');
          }
        } else {
          out.append("      - ").append(quote(line)).append('\n');
        }
      }
    }
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                  if (cp < 0x20) {
                    q.append(String.format("\\x%02x", cp));
                  } else {
                    q.appendCodePoint(cp);
                  }
                }
              }
            });
    return q.append('"').toString();
  }

  private static Duration duration(String text) {
    char unit = text.charAt(text.length() - 1);
    long n = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (unit) {
      case 'd' -> Duration.ofDays(n);
      case 'h' -> Duration.ofHours(n);
      case 'm' -> Duration.ofMinutes(n);
      default -> throw new IllegalArgumentException("after: use d, h or m, like 4d");
    };
  }

  private static String format(Duration d) {
    if (d.toMinutes() % (24 * 60) == 0) {
      return d.toDays() + "d";
    }
    return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
  }
}
