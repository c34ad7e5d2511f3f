package id.lokerbot.assessment.chat;

import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one {@code content/assessments/*.yaml} file into an {@link Instrument} and reports every
 * problem as {@code file:path: what}: texts missing in a language, unknown or unbalanced groups,
 * duplicate ids, a broken scale or levels.
 */
public final class InstrumentReader {

  /** The six interest types, in the order used to break ties. */
  public static final List<String> RIASEC = List.of("R", "I", "A", "S", "E", "C");

  private final ContentDocument doc;
  private final List<String> languages;
  private final Problems problems;

  private InstrumentReader(ContentDocument doc, List<String> languages, Problems problems) {
    this.doc = doc;
    this.languages = languages;
    this.problems = problems;
  }

  /**
   * @param languages every language the messages have; each text must exist in all of them
   * @return the instrument, or null when it has problems
   */
  public static Instrument read(ContentDocument doc, List<String> languages, Problems problems) {
    int before = problems.list().size();
    Instrument instrument = new InstrumentReader(doc, languages, problems).read();
    return problems.list().size() == before ? instrument : null;
  }

  private Instrument read() {
    String kind = string(doc.root().get("assessment"));
    if (!Instrument.INTEREST.equals(kind) && !Instrument.READINESS.equals(kind)) {
      problem("assessment", "must be interest or readiness (found " + kind + ")");
      return null;
    }
    boolean interest = kind.equals(Instrument.INTEREST);
    Localized title = text(doc.root().get("title"), "title");
    List<Instrument.ScaleOption> scale = scale();
    List<Instrument.Group> groups = groups(interest);
    List<Instrument.Item> items = items(groups);
    List<Instrument.Level> levels = interest ? List.of() : levels();
    int strongFrom = interest ? number(doc.root().get("strongFrom"), "strongFrom", 0) : 0;
    int maxTips = interest ? 0 : number(doc.root().get("maxTips"), "maxTips", 1);
    Map<String, String> fits = interest ? fits() : Map.of();
    return new Instrument(kind, title, scale, groups, items, levels, strongFrom, maxTips, fits);
  }

  /** {@code fits.occupations} (ISCO/KBJI groups) and {@code fits.sectors} (KBLI letters). */
  private Map<String, String> fits() {
    Map<String, String> fits = new LinkedHashMap<>();
    Object raw = doc.root().get("fits");
    if (raw == null) {
      return fits;
    }
    if (!(raw instanceof Map<?, ?> m)) {
      problem("fits", "must be a mapping with occupations and sectors");
      return fits;
    }
    fit(
        m.get("occupations"),
        "fits.occupations",
        "\\d{1,4}",
        "an occupation group of 1-4 digits",
        fits);
    fit(m.get("sectors"), "fits.sectors", "[A-U]", "a KBLI section letter A-U", fits);
    return fits;
  }

  private void fit(
      Object raw, String path, String keyPattern, String keyMeaning, Map<String, String> fits) {
    if (raw == null) {
      return;
    }
    if (!(raw instanceof Map<?, ?> m)) {
      problem(path, "must be a mapping of " + keyMeaning + " to an interest code like EC");
      return;
    }
    m.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          String code = String.valueOf(v);
          if (!key.matches(keyPattern)) {
            problem(path + "." + key, "must be " + keyMeaning);
          } else if (!code.matches("[RIASEC]{1,3}")
              || code.chars().distinct().count() != code.length()) {
            problem(
                path + "." + key, "'" + code + "' must be one to three different types of RIASEC");
          } else {
            fits.put(key, code);
          }
        });
  }

  private List<Instrument.ScaleOption> scale() {
    List<Instrument.ScaleOption> scale = new ArrayList<>();
    List<Object> raw = doc.list("scale");
    if (raw.size() < 2) {
      problem("scale", "needs at least two answers");
    }
    for (int i = 0; i < raw.size(); i++) {
      String path = "scale[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> m)) {
        problem(path, "must be a mapping with score and label");
        continue;
      }
      int score = number(m.get("score"), path + ".score", 0);
      List<String> also = new ArrayList<>();
      if (m.get("also") instanceof List<?> words) {
        words.forEach(w -> also.add(String.valueOf(w)));
      }
      scale.add(new Instrument.ScaleOption(score, text(m.get("label"), path + ".label"), also));
    }
    return scale;
  }

  private List<Instrument.Group> groups(boolean interest) {
    List<Instrument.Group> groups = new ArrayList<>();
    List<Object> raw = doc.list("groups");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "groups[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> m) || string(m.get("key")) == null) {
        problem(path, "must be a mapping with a key");
        continue;
      }
      String key = string(m.get("key"));
      if (!keys.add(key)) {
        problem(path + ".key", "duplicate '" + key + "'");
      }
      Localized name = text(m.get("name"), path + ".name");
      groups.add(
          interest
              ? new Instrument.Group(
                  key,
                  name,
                  text(m.get("about"), path + ".about"),
                  text(m.get("jobs"), path + ".jobs"),
                  null,
                  null,
                  null)
              : new Instrument.Group(
                  key,
                  name,
                  null,
                  null,
                  text(m.get("tip"), path + ".tip"),
                  text(m.get("training"), path + ".training"),
                  lookup(m)));
    }
    if (interest && !groups.stream().map(Instrument.Group::key).toList().equals(RIASEC)) {
      problem("groups", "an interest check needs the six types " + RIASEC + " in that order");
    }
    if (!interest && groups.isEmpty()) {
      problem("groups", "needs at least one area");
    }
    return groups;
  }

  /** The catalogue words of a readiness area: {@code lookup}, else its Indonesian training word. */
  private static String lookup(Map<?, ?> area) {
    if (area.get("lookup") != null) {
      return String.valueOf(area.get("lookup"));
    }
    return area.get("training") instanceof Map<?, ?> t && t.get("id") != null
        ? String.valueOf(t.get("id"))
        : "";
  }

  private List<Instrument.Item> items(List<Instrument.Group> groups) {
    List<Instrument.Item> items = new ArrayList<>();
    List<Object> raw = doc.list("items");
    Set<String> ids = new HashSet<>();
    Map<String, Integer> perGroup = new LinkedHashMap<>();
    groups.forEach(g -> perGroup.put(g.key(), 0));
    for (int i = 0; i < raw.size(); i++) {
      String path = "items[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> m)) {
        problem(path, "must be a mapping with id, group and text");
        continue;
      }
      String id = string(m.get("id"));
      String group = string(m.get("group"));
      if (id == null) {
        problem(path + ".id", "missing");
      } else if (!ids.add(id)) {
        problem(path + ".id", "duplicate '" + id + "'");
      }
      if (group == null || !perGroup.containsKey(group)) {
        problem(path + ".group", "unknown group '" + group + "', known: " + perGroup.keySet());
      } else {
        perGroup.merge(group, 1, Integer::sum);
      }
      items.add(new Instrument.Item(id, group, text(m.get("text"), path + ".text")));
    }
    if (new HashSet<>(perGroup.values()).size() > 1) {
      problem("items", "every group needs the same number of items, found " + perGroup);
    }
    perGroup.forEach(
        (group, count) -> {
          if (count == 0) {
            problem("items", "group '" + group + "' has no items");
          }
        });
    return items;
  }

  private List<Instrument.Level> levels() {
    List<Instrument.Level> levels = new ArrayList<>();
    List<Object> raw = doc.list("levels");
    int previous = -1;
    for (int i = 0; i < raw.size(); i++) {
      String path = "levels[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> m) || string(m.get("key")) == null) {
        problem(path, "must be a mapping with key, from, tips and label");
        continue;
      }
      int from = number(m.get("from"), path + ".from", 0);
      if (i == 0 && from != 0) {
        problem(path + ".from", "the first level must start at 0");
      }
      if (from <= previous) {
        problem(path + ".from", "levels must go up");
      }
      previous = from;
      levels.add(
          new Instrument.Level(
              string(m.get("key")),
              from,
              Boolean.TRUE.equals(m.get("tips")),
              text(m.get("label"), path + ".label")));
    }
    if (levels.isEmpty()) {
      problem("levels", "a readiness check needs levels");
    }
    return levels;
  }

  private Localized text(Object raw, String path) {
    Map<String, String> texts = new HashMap<>();
    if (raw instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if (v != null) {
              texts.put(String.valueOf(k), String.valueOf(v).strip());
            }
          });
    } else {
      problem(path, "must give a text for each language " + languages);
      return new Localized(texts);
    }
    Localized text = new Localized(texts);
    for (String language : languages) {
      if (!text.has(language)) {
        problem(path + "." + language, "missing");
      }
    }
    return text;
  }

  private int number(Object raw, String path, int min) {
    if (raw instanceof Integer n && n >= min) {
      return n;
    }
    problem(path, "must be a whole number of at least " + min);
    return min;
  }

  private void problem(String path, String message) {
    problems.add(doc.file(), path, message);
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
