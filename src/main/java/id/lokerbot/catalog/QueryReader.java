package id.lokerbot.catalog;

import id.lokerbot.platform.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads chat text into a search: which place, education, age, kind of offer and filters it names,
 * and which words are left to search for. Works on plain words, so Lucene syntax in the text
 * ({@code AND}, {@code *}, quotes) is just text.
 */
final class QueryReader {

  /** What the text says. Null or empty where it says nothing. */
  record Read(
      Kind kind,
      List<String> regencies,
      String placeName,
      boolean nearby,
      String education,
      Integer age,
      boolean free,
      boolean disability,
      List<String> words) {}

  private static final Set<String> AGE_BEFORE =
      Set.of("umur", "usia", "umurku", "usiaku", "age", "aged");
  private static final Set<String> AGE_AFTER = Set.of("th", "thn", "tahun", "thun", "yo", "years");

  private final Taxonomy taxonomy;
  private final Map<String, List<String>> places = new HashMap<>();
  private final Map<String, String> placeNames = new HashMap<>();
  private final Map<String, String> education = new HashMap<>();
  private final Map<String, String> intents = new HashMap<>();

  QueryReader(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Taxonomy.Regency r : taxonomy.regencies.values()) {
      place(r.name(), r, r.name());
      place(r.shortName(), r, r.shortName());
      r.aliases().forEach(a -> place(a, r, r.name()));
      r.abbreviations().forEach(a -> place(a, r, r.name()));
    }
    for (Taxonomy.Level l : taxonomy.levels.values()) {
      l.words().forEach(w -> education.put(w, l.code()));
      education.put(l.code(), l.code());
    }
    taxonomy
        .lexicon
        .intents()
        .forEach((intent, words) -> words.forEach(w -> intents.put(w, intent)));
  }

  private void place(String phrase, Taxonomy.Regency r, String name) {
    String key = phrase.toLowerCase(Locale.ROOT);
    places.computeIfAbsent(key, k -> new ArrayList<>());
    if (!places.get(key).contains(r.code())) {
      places.get(key).add(r.code());
    }
    placeNames.putIfAbsent(key, name);
  }

  /**
   * @param knownWord whether a word is part of the search vocabulary, so that it is not taken for a
   *     misspelt place ("barang" is a word, not "Batang")
   */
  Read read(String text, Predicate<String> knownWord) {
    List<String> tokens = new ArrayList<>(List.of(words(text)));
    Integer age = age(tokens);
    Set<String> codes = new LinkedHashSet<>();
    String placeName = null;
    String level = null;
    Kind kind = null;
    boolean nearby = false;
    boolean free = false;
    boolean disability = false;
    List<String> rest = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int used = 0;
      for (int n = Math.min(3, tokens.size() - i); n >= 1 && used == 0; n--) {
        String phrase = String.join(" ", tokens.subList(i, i + n));
        if (places.containsKey(phrase)) {
          codes.addAll(places.get(phrase));
          placeName = placeName == null ? placeNames.get(phrase) : placeName;
          used = n;
        } else if (education.containsKey(phrase)) {
          String code = education.get(phrase);
          if (level == null || taxonomy.rank(code) > taxonomy.rank(level)) {
            level = code;
          }
          used = n;
        } else if (intents.containsKey(phrase)) {
          switch (intents.get(phrase)) {
            case "training" -> kind = Kind.TRAINING;
            case "vacancy" -> kind = kind == null ? Kind.VACANCY : kind;
            case "free" -> free = true;
            case "disability" -> disability = true;
            default -> nearby = true;
          }
          used = n;
        }
      }
      if (used == 0) {
        String token = tokens.get(i);
        String misspelt = token.length() >= 6 && !knownWord.test(token) ? closePlace(token) : null;
        if (misspelt != null) {
          codes.addAll(places.get(misspelt));
          placeName = placeName == null ? placeNames.get(misspelt) : placeName;
        } else {
          rest.add(token);
        }
        used = 1;
      }
      i += used;
    }
    if (free && kind == null) {
      kind = Kind.TRAINING;
    }
    return new Read(
        kind, List.copyOf(codes), placeName, nearby, level, age, free, disability, rest);
  }

  /** Lower case, accents folded, everything but letters and digits as spaces. */
  static String[] words(String text) {
    String folded =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  private static Integer age(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!t.matches("\\d{2}")) {
        continue;
      }
      int n = Integer.parseInt(t);
      boolean before = i > 0 && AGE_BEFORE.contains(tokens.get(i - 1));
      boolean after = i + 1 < tokens.size() && AGE_AFTER.contains(tokens.get(i + 1));
      if ((before || after) && n >= 14 && n <= 70) {
        if (after) {
          tokens.remove(i + 1);
        }
        tokens.remove(i);
        if (before) {
          tokens.remove(i - 1);
        }
        return n;
      }
    }
    return null;
  }

  /** The one place name within one typo of the word (two for long words), or null. */
  private String closePlace(String token) {
    String found = null;
    int limit = token.length() >= 9 ? 2 : 1;
    for (String name : places.keySet()) {
      if (name.contains(" ") || name.length() < 5 || name.charAt(0) != token.charAt(0)) {
        continue;
      }
      if (EditDistance.of(token, name) <= limit) {
        if (found != null && !places.get(found).equals(places.get(name))) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }
}
