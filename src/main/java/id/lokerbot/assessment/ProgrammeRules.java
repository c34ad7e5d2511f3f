package id.lokerbot.assessment;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads and validates {@code content/programme/eligibility.yaml}: the age range, which income bands
 * count as below the limit (each labelled in every language), and the programme regencies (checked
 * against {@code taxonomy/regencies.yaml} when the catalogue's taxonomy is there).
 */
@Component
public class ProgrammeRules implements ContentCheck {

  static final String FILE = "programme/eligibility.yaml";

  private final ContentService content;

  ProgrammeRules(ContentService content) {
    this.content = content;
  }

  /** The rules last read, with the content they were read from. */
  private record Read(Content content, Eligibility rules) {}

  private volatile Read last;

  /** The rules in force: read again only when the content was reloaded. */
  public Eligibility eligibility() {
    Content current = content.current();
    Read read = last;
    if (read == null || read.content() != current) {
      read = new Read(current, read(current, new Problems()));
      last = read;
    }
    return read.rules();
  }

  @Override
  public void check(Content content, Problems problems) {
    read(content, problems);
    checkRegencies(content, problems);
  }

  /** The profile maps places to {@code taxonomy/regencies.yaml}: each needs code, name and kind. */
  static void checkRegencies(Content content, Problems problems) {
    String file = "taxonomy/regencies.yaml";
    ContentDocument doc = content.document(file).orElse(null);
    if (doc == null) {
      problems.add(file, "", "missing: the profile asks for the regency");
      return;
    }
    Set<String> codes = new LinkedHashSet<>();
    List<Object> all = doc.list("regencies");
    for (int i = 0; i < all.size(); i++) {
      String path = "regencies[" + i + "]";
      if (!(all.get(i) instanceof Map<?, ?> r)
          || r.get("name") == null
          || !String.valueOf(r.get("code")).matches("33\\.\\d\\d")
          || !List.of("kabupaten", "kota").contains(String.valueOf(r.get("kind")))) {
        problems.add(file, path, "needs code (33.xx), name and kind (kabupaten or kota)");
      } else if (!codes.add(String.valueOf(r.get("code")))) {
        problems.add(file, path + ".code", "duplicate '" + r.get("code") + "'");
      }
    }
  }

  static Eligibility read(Content content, Problems problems) {
    ContentDocument doc = content.document(FILE).orElse(null);
    if (doc == null) {
      problems.add(FILE, "", "missing: the programme eligibility rules");
      return new Eligibility("", 0, -1, Set.of(), Set.of());
    }
    Map<String, Object> age = doc.map("age");
    int from = age.get("from") instanceof Integer n ? n : -1;
    int to = age.get("to") instanceof Integer n ? n : -1;
    if (from < 0 || to < from) {
      problems.add(FILE, "age", "needs whole numbers from <= to");
    }
    Set<String> below = new LinkedHashSet<>();
    Set<String> bands = new LinkedHashSet<>();
    List<Object> rawBands = doc.list("incomeBands");
    for (int i = 0; i < rawBands.size(); i++) {
      String path = "incomeBands[" + i + "]";
      if (!(rawBands.get(i) instanceof Map<?, ?> band) || band.get("code") == null) {
        problems.add(FILE, path, "needs code and below");
        continue;
      }
      String code = String.valueOf(band.get("code"));
      if (!bands.add(code)) {
        problems.add(FILE, path + ".code", "duplicate '" + code + "'");
      }
      if (Boolean.TRUE.equals(band.get("below"))) {
        below.add(code);
      }
      for (String language : content.messages().languages()) {
        if (!content.messages().has(language, "profile.income." + code)) {
          problems.add(
              FILE, path + ".code", "message profile.income." + code + " missing in " + language);
        }
      }
    }
    if (bands.isEmpty()) {
      problems.add(FILE, "incomeBands", "needs at least one band");
    }
    Set<String> known = regencyCodes(content);
    Set<String> regencies = new LinkedHashSet<>();
    List<Object> rawRegencies = doc.list("regencies");
    for (int i = 0; i < rawRegencies.size(); i++) {
      String code = String.valueOf(rawRegencies.get(i));
      if (!code.matches("33\\.\\d\\d") || (!known.isEmpty() && !known.contains(code))) {
        problems.add(
            FILE, "regencies[" + i + "]", "unknown Central Java regency code '" + code + "'");
      }
      regencies.add(code);
    }
    return new Eligibility(String.valueOf(doc.root().get("programme")), from, to, below, regencies);
  }

  /** Codes in the catalogue's regency taxonomy, or none when it is not there. */
  static Set<String> regencyCodes(Content content) {
    return content.document("taxonomy/regencies.yaml").stream()
        .flatMap(d -> d.list("regencies").stream())
        .filter(r -> r instanceof Map<?, ?>)
        .map(r -> String.valueOf(((Map<?, ?>) r).get("code")))
        .collect(Collectors.toSet());
  }
}
