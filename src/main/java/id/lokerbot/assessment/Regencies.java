package id.lokerbot.assessment;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.platform.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Central Java regencies and cities, read from {@code content/taxonomy/regencies.yaml}, and the
 * mapping of what people type ("smg", "kab semarang", "ungaran", "semarnag") to them. Plain Java.
 */
public final class Regencies {

  /**
   * One regency or city.
   *
   * @param code Kemendagri code ({@code 33.22})
   * @param kind {@code kabupaten} or {@code kota}
   * @param aliases towns and spellings people use
   */
  public record Regency(String code, String name, String kind, List<String> aliases) {

    /** "Kab. Semarang" or "Kota Semarang". */
    public String label() {
      if (name.startsWith("Kabupaten ")) {
        return "Kab. " + name.substring("Kabupaten ".length());
      }
      if (name.startsWith("Kota ")) {
        return name;
      }
      return ("kota".equals(kind) ? "Kota " : "Kab. ") + name;
    }
  }

  private static final Set<String> KIND_WORDS =
      Set.of("kab", "kabupaten", "kota", "kotamadya", "kodya", "regency", "city", "di", "daerah");

  private final List<Regency> all;

  public Regencies(List<Regency> all) {
    this.all = List.copyOf(all);
  }

  /** The regencies of some content; none when the taxonomy is missing. */
  public static Regencies of(Content content) {
    List<Regency> all = new ArrayList<>();
    Optional<ContentDocument> doc = content.document("taxonomy/regencies.yaml");
    doc.ifPresent(
        d ->
            d.list("regencies")
                .forEach(
                    raw -> {
                      if (raw instanceof Map<?, ?> r && r.get("code") != null) {
                        List<String> aliases = new ArrayList<>();
                        if (r.get("aliases") instanceof List<?> a) {
                          a.forEach(x -> aliases.add(String.valueOf(x)));
                        }
                        if (r.get("abbreviations") instanceof List<?> a) {
                          a.forEach(x -> aliases.add(String.valueOf(x)));
                        }
                        all.add(
                            new Regency(
                                String.valueOf(r.get("code")),
                                String.valueOf(r.get("name")),
                                String.valueOf(r.get("kind")),
                                aliases));
                      }
                    }));
    return new Regencies(all);
  }

  public List<Regency> all() {
    return all;
  }

  public Optional<Regency> byCode(String code) {
    return all.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * The regencies the text may mean, best first: exact names and aliases, then close misspellings.
   * "Kota"/"kab" in the text picks that kind when both exist ("semarang" gives both, "kota
   * semarang" one).
   */
  public List<Regency> match(String text) {
    String typed = normalise(text);
    List<String> words = List.of(typed.split(" "));
    boolean saysKota =
        words.stream().anyMatch(w -> Set.of("kota", "kotamadya", "kodya", "city").contains(w));
    boolean saysKab =
        words.stream().anyMatch(w -> Set.of("kab", "kabupaten", "regency").contains(w));
    String core = strip(typed);
    if (core.isEmpty()) {
      return List.of();
    }
    List<Regency> exact = new ArrayList<>();
    List<Regency> close = new ArrayList<>();
    for (Regency r : all) {
      List<String> names = new ArrayList<>();
      names.add(strip(normalise(r.name())));
      r.aliases().forEach(a -> names.add(strip(normalise(a))));
      if (names.contains(core) || names.contains(typed)) {
        exact.add(r);
      } else if (names.stream()
          .anyMatch(
              n -> n.length() >= 5 && EditDistance.of(n, core) <= (n.length() >= 8 ? 2 : 1))) {
        close.add(r);
      }
    }
    List<Regency> found = exact.isEmpty() ? close : exact;
    if (found.size() > 1 && (saysKota || saysKab)) {
      List<Regency> ofKind =
          found.stream().filter(r -> r.kind().equals(saysKota ? "kota" : "kabupaten")).toList();
      if (!ofKind.isEmpty()) {
        return ofKind;
      }
    }
    return found;
  }

  private static String strip(String typed) {
    List<String> words = new ArrayList<>();
    for (String w : typed.split(" ")) {
      if (!w.isEmpty() && !KIND_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }
}
