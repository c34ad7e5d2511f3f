package id.lokerbot.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every user-visible string, by language and key. Placeholders are written {@code {name}}. Unknown
 * keys render as the key itself, so a gap shows up in a transcript instead of a crash; validation
 * makes sure none reach production.
 */
public final class Messages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private final Map<String, Map<String, String>> byLanguage;
  private final String defaultLanguage;

  public Messages(Map<String, Map<String, String>> byLanguage, String defaultLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
    this.defaultLanguage = defaultLanguage;
  }

  /** Language codes in a stable order, the default first. */
  public List<String> languages() {
    return byLanguage.keySet().stream()
        .sorted(
            (a, b) ->
                a.equals(defaultLanguage) ? -1 : b.equals(defaultLanguage) ? 1 : a.compareTo(b))
        .toList();
  }

  public String defaultLanguage() {
    return defaultLanguage;
  }

  public boolean has(String language, String key) {
    return byLanguage.getOrDefault(language, Map.of()).containsKey(key);
  }

  /** Keys of one language. */
  public Set<String> keys(String language) {
    return byLanguage.getOrDefault(language, Map.of()).keySet();
  }

  /** The text for a key, with placeholders filled from {@code vars}. */
  public String text(String language, String key, Map<String, String> vars) {
    String raw = byLanguage.getOrDefault(supported(language), Map.of()).get(key);
    if (raw == null) {
      raw = byLanguage.getOrDefault(defaultLanguage, Map.of()).getOrDefault(key, key);
    }
    if (vars.isEmpty() || raw.indexOf('{') < 0) {
      return raw;
    }
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = vars.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  public String text(String language, String key) {
    return text(language, key, Map.of());
  }

  /** The language itself when supported, else the default. */
  public String supported(String language) {
    return language != null && byLanguage.containsKey(language) ? language : defaultLanguage;
  }
}
