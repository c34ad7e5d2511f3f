package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.content.Content;
import id.lokerbot.content.Problems;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The taxonomies and samples in content/, and the content check that guards staff edits. */
class TaxonomyTests {

  static final CatalogContentCheck CHECK =
      new CatalogContentCheck(
          MutableClock.at("2026-11-28T02:00:00Z"),
          new CatalogProperties(
              "memory", true, Duration.ofSeconds(30), ZoneId.of("Asia/Jakarta"), 16));

  static List<String> problems(Content content) {
    Problems problems = new Problems();
    CHECK.check(content, problems);
    return problems.list();
  }

  @Test
  void theShippedContentIsValid() {
    assertThat(problems(TestContent.load())).isEmpty();
  }

  @Test
  void all35RegenciesWithKemendagriCodes() {
    Taxonomy t = Taxonomy.read(TestContent.load(), new Problems());
    List<String> expected = new ArrayList<>();
    IntStream.rangeClosed(1, 29).forEach(i -> expected.add(String.format("33.%02d", i)));
    IntStream.rangeClosed(71, 76).forEach(i -> expected.add(String.format("33.%02d", i)));
    assertThat(t.regencies.keySet()).containsExactlyElementsOf(expected);
    assertThat(t.regencies.get("33.01").name()).isEqualTo("Cilacap");
    assertThat(t.regencies.get("33.29").name()).isEqualTo("Brebes");
    assertThat(t.regencies.get("33.71").name()).isEqualTo("Kota Magelang");
    assertThat(t.regencies.get("33.76").name()).isEqualTo("Kota Tegal");
    assertThat(
            t.regencies.values().stream()
                .filter(Taxonomy.Regency::programme)
                .map(Taxonomy.Regency::name))
        .containsExactlyInAnyOrder(
            "Demak",
            "Rembang",
            "Grobogan",
            "Sragen",
            "Kebumen",
            "Banjarnegara",
            "Banyumas",
            "Brebes",
            "Boyolali",
            "Kabupaten Semarang",
            "Cilacap",
            "Purbalingga",
            "Wonosobo");
    assertThat(t.regencyByAnyName("purwokerto"))
        .get()
        .extracting(Taxonomy.Regency::code)
        .isEqualTo("33.02");
    assertThat(t.regencyByAnyName("Semarang"))
        .get()
        .extracting(Taxonomy.Regency::code)
        .isEqualTo("33.22");
    assertThat(t.sectors).hasSize(21);
    assertThat(t.level("SMK")).get().extracting(Taxonomy.Level::code).isEqualTo("sma");
  }

  @Test
  void theSampleCatalogueIsBigEnoughAndMarked() {
    Content c = TestContent.load();
    var today = java.time.LocalDate.of(2026, 11, 28);
    assertThat(SampleCatalog.vacancies(c, today)).hasSizeGreaterThanOrEqualTo(300);
    assertThat(SampleCatalog.trainings(c, today)).hasSizeGreaterThanOrEqualTo(60);
    assertThat(c.document(SampleCatalog.VACANCIES).orElseThrow().root())
        .containsEntry("sample", true);
    long retailOrGarment =
        SampleCatalog.vacancies(c, today).stream()
            .filter(v -> List.of("G", "C").contains(v.get("sector")))
            .count();
    assertThat(retailOrGarment).isGreaterThan(200);
  }

  Content with(String file, java.util.function.Consumer<Map<String, Object>> change) {
    Map<String, Object> root = deepCopy(TestContent.root(file));
    change.accept(root);
    return TestContent.load(Path.of("content"), Map.of(file, root));
  }

  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T o) {
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put(k, deepCopy(v)));
      return (T) c;
    }
    if (o instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(deepCopy(v)));
      return (T) c;
    }
    return o;
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffMistakesAreRefusedWithTheirPlace() {
    Content oneWay =
        with(
            Taxonomy.REGENCIES,
            r -> {
              Map<String, Object> demak =
                  (Map<String, Object>) TestContent.list(r.get("regencies")).get(20);
              demak.put(
                  "neighbours", List.of("33.15", "33.19", "33.20", "33.22", "33.74", "33.01"));
            });
    assertThat(problems(oneWay))
        .anySatisfy(
            p -> assertThat(p).contains("regencies.yaml:33.21.neighbours").contains("33.01"));

    Content stopInRule =
        with(
            Taxonomy.SYNONYMS,
            r -> ((List<Object>) r.get("synonyms")).add("kerja di pabrik, buruh pabrik"));
    assertThat(problems(stopInRule)).anySatisfy(p -> assertThat(p).contains("'di' is a stop word"));

    Content chain =
        with(Taxonomy.SYNONYMS, r -> ((Map<String, Object>) r.get("words")).put("krja", "krj"));
    assertThat(problems(chain)).anySatisfy(p -> assertThat(p).contains("words.krja"));

    Content badSample =
        with(
            SampleCatalog.VACANCIES,
            r ->
                ((Map<String, Object>) TestContent.list(r.get("vacancies")).get(2))
                    .put("regency", "99.99"));
    assertThat(problems(badSample))
        .containsExactly(
            "catalog/sample-vacancies.yaml:vacancies[2].regency: unknown regency '99.99' (Central Java codes 33.01-33.76)");
  }
}
