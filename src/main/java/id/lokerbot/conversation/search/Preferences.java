package id.lokerbot.conversation.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranking preferences ({@link id.lokerbot.catalog.SearchRequest#prefer}) as one dialogue value,
 * {@code 52=2.50;G=1.20}: how a suggestion list is passed to {@code catalog-search} and kept for
 * paging.
 */
public final class Preferences {

  private Preferences() {}

  public static String text(Map<String, Float> prefer) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(prefer)
        .forEach(
            (k, v) ->
                out.append(out.isEmpty() ? "" : ";")
                    .append(k)
                    .append('=')
                    .append(String.format(Locale.ROOT, "%.2f", v)));
    return out.toString();
  }

  /** The preferences {@link #text} wrote; nothing for anything unreadable. */
  public static Map<String, Float> parse(String text) {
    Map<String, Float> prefer = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return prefer;
    }
    for (String pair : text.split(";")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2 || !kv[0].matches("\\d{1,4}|[A-Z]")) {
        return Map.of();
      }
      try {
        prefer.put(kv[0], Float.parseFloat(kv[1]));
      } catch (NumberFormatException e) {
        return Map.of();
      }
    }
    return prefer;
  }
}
