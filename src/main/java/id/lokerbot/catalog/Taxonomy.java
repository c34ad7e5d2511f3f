package id.lokerbot.catalog;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalogue's taxonomies read from {@code content/taxonomy/}: regencies, sectors, education
 * levels and the search lexicon. Reading also validates; problems go to {@link Problems}.
 */
final class Taxonomy {

  static final String REGENCIES = "taxonomy/regencies.yaml";
  static final String SECTORS = "taxonomy/sectors.yaml";
  static final String EDUCATION = "taxonomy/education.yaml";
  static final String SYNONYMS = "taxonomy/synonyms.yaml";
  static final List<String> INTENTS = List.of("vacancy", "training", "free", "disability", "near");

  private static final Pattern CODE = Pattern.compile("33\\.\\d\\d");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+( [a-z0-9]+)*");

  record Regency(
      String code,
      String name,
      String kind,
      boolean programme,
      List<String> aliases,
      List<String> abbreviations,
      List<String> neighbours) {

    /** The name without "Kabupaten"/"Kota": shared by a regency and a city of the same name. */
    String shortName() {
      return name.replaceFirst("^(Kabupaten|Kota) ", "");
    }
  }

  record Sector(String code, String nameId, String nameEn, List<String> words) {}

  record Level(String code, int rank, String nameId, String nameEn, List<String> words) {}

  /** What search needs to read chat text; see {@code taxonomy/synonyms.yaml}. */
  record Lexicon(
      Map<String, String> words,
      Set<String> stopwords,
      Set<String> keep,
      List<String> synonyms,
      Set<String> protect,
      Map<String, String> stems,
      Map<String, List<String>> intents) {}

  final Map<String, Regency> regencies;
  final Map<String, Sector> sectors;
  final Map<String, Level> levels;
  final Lexicon lexicon;

  private Taxonomy(
      Map<String, Regency> regencies,
      Map<String, Sector> sectors,
      Map<String, Level> levels,
      Lexicon lexicon) {
    this.regencies = regencies;
    this.sectors = sectors;
    this.levels = levels;
    this.lexicon = lexicon;
  }

  Optional<Regency> regency(String code) {
    return Optional.ofNullable(regencies.get(code));
  }

  String regencyName(String code) {
    Regency r = regencies.get(code);
    return r == null ? code : r.name();
  }

  /** A regency by code, name, short name or alias (case-insensitive); empty when unknown. */
  Optional<Regency> regencyByAnyName(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (regencies.containsKey(t)) {
      return Optional.of(regencies.get(t));
    }
    for (Regency r : regencies.values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(r);
      }
    }
    List<Regency> byShort =
        regencies.values().stream()
            .filter(
                r ->
                    r.shortName().toLowerCase(Locale.ROOT).equals(t)
                        || r.aliases().contains(t)
                        || r.abbreviations().contains(t))
            .toList();
    // "Semarang" alone names both the regency and the city: prefer the regency (kabupaten).
    return byShort.stream()
        .filter(r -> r.kind().equals("kabupaten"))
        .findFirst()
        .or(() -> byShort.stream().findFirst());
  }

  Optional<Level> level(String codeOrWord) {
    String t = codeOrWord.strip().toLowerCase(Locale.ROOT);
    if (levels.containsKey(t)) {
      return Optional.of(levels.get(t));
    }
    return levels.values().stream().filter(l -> l.words().contains(t)).findFirst();
  }

  int rank(String educationCode) {
    Level l = educationCode == null ? null : levels.get(educationCode);
    return l == null ? 0 : l.rank();
  }

  static Taxonomy read(Content content, Problems problems) {
    return new Reader(content, problems).read();
  }

  private static final class Reader {
    private final Content content;
    private final Problems problems;

    Reader(Content content, Problems problems) {
      this.content = content;
      this.problems = problems;
    }

    Taxonomy read() {
      Map<String, Regency> regencies = regencies();
      Map<String, Sector> sectors = sectors();
      Map<String, Level> levels = levels();
      Lexicon lexicon = lexicon();
      return new Taxonomy(regencies, sectors, levels, lexicon);
    }

    private ContentDocument doc(String file) {
      Optional<ContentDocument> doc = content.document(file);
      if (doc.isEmpty()) {
        problems.add(file, "", "missing (the catalogue needs it)");
        return new ContentDocument(file, Map.of());
      }
      return doc.get();
    }

    private Map<String, Regency> regencies() {
      ContentDocument doc = doc(REGENCIES);
      Map<String, Regency> out = new LinkedHashMap<>();
      List<Object> list = doc.list("regencies");
      for (int i = 0; i < list.size(); i++) {
        String path = "regencies[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> m)) {
          problems.add(doc.file(), path, "must be a mapping");
          continue;
        }
        String code = str(m.get("code"));
        String name = str(m.get("name"));
        String kind = str(m.get("kind"));
        if (code == null || !CODE.matcher(code).matches()) {
          problems.add(doc.file(), path + ".code", "must be a Kemendagri code like \"33.21\"");
          continue;
        }
        if (name == null || name.isBlank()) {
          problems.add(doc.file(), path + ".name", "missing");
        }
        if (!"kabupaten".equals(kind) && !"kota".equals(kind)) {
          problems.add(doc.file(), path + ".kind", "must be kabupaten or kota");
        }
        if (out.containsKey(code)) {
          problems.add(doc.file(), path + ".code", "duplicate code " + code);
        }
        out.put(
            code,
            new Regency(
                code,
                name == null ? code : name,
                kind,
                Boolean.TRUE.equals(m.get("programme")),
                words(doc, path + ".aliases", m.get("aliases")),
                words(doc, path + ".abbreviations", m.get("abbreviations")),
                strings(m.get("neighbours"))));
      }
      if (out.isEmpty()) {
        problems.add(doc.file(), "regencies", "needs a list of regencies");
      }
      for (Regency r : out.values()) {
        for (String n : r.neighbours()) {
          Regency other = out.get(n);
          if (other == null) {
            problems.add(doc.file(), r.code() + ".neighbours", "unknown regency code " + n);
          } else if (!other.neighbours().contains(r.code())) {
            problems.add(
                doc.file(),
                r.code() + ".neighbours",
                n + " is listed as a neighbour but does not list " + r.code() + " back");
          }
        }
      }
      Map<String, String> abbreviationOwner = new LinkedHashMap<>();
      for (Regency r : out.values()) {
        for (String a : r.abbreviations()) {
          String before = abbreviationOwner.put(a, r.code());
          if (before != null) {
            problems.add(
                doc.file(), r.code() + ".abbreviations", "'" + a + "' is also used by " + before);
          }
        }
      }
      return out;
    }

    private Map<String, Sector> sectors() {
      ContentDocument doc = doc(SECTORS);
      Map<String, Sector> out = new LinkedHashMap<>();
      List<Object> list = doc.list("sectors");
      for (int i = 0; i < list.size(); i++) {
        String path = "sectors[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> m)
            || str(m.get("code")) == null
            || !str(m.get("code")).matches("[A-U]")) {
          problems.add(doc.file(), path, "needs a KBLI section letter A-U as code");
          continue;
        }
        String code = str(m.get("code"));
        if (str(m.get("id")) == null || str(m.get("en")) == null) {
          problems.add(doc.file(), path, "needs names in id and en");
        }
        out.put(
            code,
            new Sector(
                code,
                str(m.get("id")),
                str(m.get("en")),
                words(doc, path + ".words", m.get("words"))));
      }
      return out;
    }

    private Map<String, Level> levels() {
      ContentDocument doc = doc(EDUCATION);
      Map<String, Level> out = new LinkedHashMap<>();
      List<Object> list = doc.list("levels");
      int lastRank = -1;
      for (int i = 0; i < list.size(); i++) {
        String path = "levels[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> m)
            || str(m.get("code")) == null
            || !(m.get("rank") instanceof Integer rank)) {
          problems.add(doc.file(), path, "needs code and a whole-number rank");
          continue;
        }
        if (rank <= lastRank) {
          problems.add(doc.file(), path + ".rank", "ranks must go up, lowest level first");
        }
        lastRank = rank;
        out.put(
            str(m.get("code")),
            new Level(
                str(m.get("code")),
                rank,
                str(m.get("id")),
                str(m.get("en")),
                words(doc, path + ".words", m.get("words"))));
      }
      return out;
    }

    private Lexicon lexicon() {
      ContentDocument doc = doc(SYNONYMS);
      Map<String, String> words = new LinkedHashMap<>();
      doc.map("words")
          .forEach(
              (k, v) -> {
                String from = k.toLowerCase(Locale.ROOT);
                String to = str(v);
                if (!from.matches("[a-z0-9]+") || to == null || !to.matches("[a-z0-9]+")) {
                  problems.add(
                      doc.file(), "words." + k, "must map one lower-case word to one other word");
                } else if (from.equals(to)) {
                  problems.add(doc.file(), "words." + k, "maps a word to itself");
                } else {
                  words.put(from, to);
                }
              });
      for (String from : words.keySet()) {
        if (words.containsKey(words.get(from))) {
          problems.add(
              doc.file(),
              "words." + from,
              "maps to '" + words.get(from) + "', which is itself mapped: map it to the end word");
        }
      }
      Set<String> stop = new LinkedHashSet<>(words(doc, "stopwords", doc.root().get("stopwords")));
      Set<String> keep = new LinkedHashSet<>(words(doc, "keep", doc.root().get("keep")));
      for (String k : keep) {
        if (stop.contains(k)) {
          problems.add(doc.file(), "keep", "'" + k + "' is both kept and a stop word");
        }
      }
      List<String> synonyms = new ArrayList<>();
      List<Object> rules = doc.list("synonyms");
      for (int i = 0; i < rules.size(); i++) {
        String rule = str(rules.get(i));
        if (rule == null || rule.isBlank() || !rule.contains(",")) {
          problems.add(
              doc.file(), "synonyms[" + i + "]", "must be 'a, b, c' or 'a, b => c' (Solr format)");
          continue;
        }
        for (String side : rule.split("=>|,")) {
          for (String w : side.strip().split("\\s+")) {
            if (words.containsKey(w)) {
              problems.add(
                  doc.file(),
                  "synonyms[" + i + "]",
                  "'" + w + "' is rewritten to '" + words.get(w) + "' first; use that word");
            }
          }
        }
        synonyms.add(rule.strip().toLowerCase(Locale.ROOT));
      }
      Set<String> protect = new LinkedHashSet<>(words(doc, "protect", doc.root().get("protect")));
      Map<String, String> stems = new LinkedHashMap<>();
      doc.map("stems")
          .forEach(
              (k, v) -> {
                String to = str(v);
                if (!k.matches("[a-z]+") || to == null || !to.matches("[a-z]+")) {
                  problems.add(doc.file(), "stems." + k, "must map one lower-case word to a stem");
                } else if (protect.contains(k)) {
                  problems.add(doc.file(), "stems." + k, "is also protected; keep it in one list");
                } else {
                  stems.put(k, to);
                }
              });
      Map<String, List<String>> intents = new LinkedHashMap<>();
      Map<String, Object> rawIntents = doc.map("intents");
      for (String name : INTENTS) {
        List<String> list = words(doc, "intents." + name, rawIntents.get(name));
        if (list.isEmpty()) {
          problems.add(doc.file(), "intents." + name, "needs at least one word");
        }
        intents.put(name, list);
      }
      rawIntents.keySet().stream()
          .filter(k -> !INTENTS.contains(k))
          .forEach(k -> problems.add(doc.file(), "intents." + k, "unknown, use " + INTENTS));
      return new Lexicon(words, stop, keep, synonyms, protect, stems, intents);
    }

    private List<String> words(ContentDocument doc, String path, Object raw) {
      List<String> out = new ArrayList<>();
      for (String s : strings(raw)) {
        String w = s.strip().toLowerCase(Locale.ROOT);
        if (!WORD.matcher(w).matches()) {
          problems.add(doc.file(), path, "'" + s + "' must be letters and digits (and spaces)");
        } else {
          out.add(w);
        }
      }
      return out;
    }
  }

  static String str(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  static List<String> strings(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().filter(x -> x != null).map(String::valueOf).toList();
    }
    return v == null ? List.of() : List.of(String.valueOf(v));
  }
}
