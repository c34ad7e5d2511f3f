package id.lokerbot.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/lokerbot.env}: {@code NAME=value} lines that are set, {@code # NAME=default} lines
 * that show a default, and description comments before each.
 */
record EnvFile(List<EnvFile.Line> lines) {

  private static final Pattern SETTING = Pattern.compile("^(# )?([A-Z][A-Z0-9_]*)=(.*)$");

  /** One setting line; {@code commented} means it only shows the default. */
  record Line(int number, String name, String value, boolean commented, String description) {}

  static EnvFile read(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<String> text = Files.readAllLines(file);
    for (int i = 0; i < text.size(); i++) {
      Matcher m = SETTING.matcher(text.get(i));
      if (m.matches()) {
        String before = i > 0 ? text.get(i - 1) : "";
        String description =
            before.startsWith("#") && !SETTING.matcher(before).matches()
                ? before.substring(1).strip()
                : "";
        lines.add(new Line(i + 1, m.group(2), m.group(3), m.group(1) != null, description));
      }
    }
    return new EnvFile(lines);
  }

  List<String> names() {
    return lines.stream().map(Line::name).toList();
  }
}
