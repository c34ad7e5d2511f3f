package id.lokerbot.alert;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Regency names from {@code content/taxonomy/regencies.yaml} (the catalogue's taxonomy): what a
 * person may type for a place, and how to show a code. A name shared by a regency and its city
 * ("semarang") gives both.
 */
@Component
class Regencies {

  private record Known(long version, Map<String, String> names, Map<String, Set<String>> words) {}

  private final ContentService content;
  private volatile Known known = new Known(-1, Map.of(), Map.of());

  Regencies(ContentService content) {
    this.content = content;
  }

  Optional<Area> area(String text) {
    Known k = current();
    Set<String> codes = k.words().get(normalise(text));
    if (codes == null || codes.isEmpty()) {
      return Optional.empty();
    }
    List<String> list = new ArrayList<>(codes);
    String name =
        list.size() == 1 ? k.names().get(list.get(0)) : shortName(k.names().get(list.get(0)));
    return Optional.of(new Area(list, name));
  }

  String name(String code) {
    return current().names().getOrDefault(code, code);
  }

  boolean isEmpty() {
    return current().names().isEmpty();
  }

  private Known current() {
    Content now = content.current();
    Known k = known;
    if (k.version() != now.version()) {
      k = read(now);
      known = k;
    }
    return k;
  }

  private static Known read(Content content) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> words = new HashMap<>();
    content
        .document("taxonomy/regencies.yaml")
        .ifPresent(
            doc -> {
              for (Object o : doc.list("regencies")) {
                if (!(o instanceof Map<?, ?> r) || r.get("code") == null || r.get("name") == null) {
                  continue;
                }
                String code = String.valueOf(r.get("code"));
                String name = String.valueOf(r.get("name"));
                names.put(code, name);
                List<String> all = new ArrayList<>(List.of(name, shortName(name)));
                all.addAll(strings(r.get("aliases")));
                all.addAll(strings(r.get("abbreviations")));
                for (String w : all) {
                  words.computeIfAbsent(normalise(w), x -> new LinkedHashSet<>()).add(code);
                }
              }
            });
    return new Known(content.version(), Map.copyOf(names), Map.copyOf(words));
  }

  /** "Kota Semarang" → "Semarang". */
  private static String shortName(String name) {
    return name.replaceFirst("(?i)^(kota|kabupaten|kab\\.?)\\s+", "");
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }

  static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
