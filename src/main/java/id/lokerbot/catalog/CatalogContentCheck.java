package id.lokerbot.catalog;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Validates the catalogue's content: taxonomies (codes, mutual neighbours, lexicon rules that can
 * fire), that the analysis chains build, and every sample record.
 */
@Component
class CatalogContentCheck implements ContentCheck {

  private final Clock clock;
  private final CatalogProperties properties;

  CatalogContentCheck(Clock clock, CatalogProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public void check(Content content, Problems problems) {
    int before = problems.list().size();
    Taxonomy taxonomy = Taxonomy.read(content, problems);
    if (problems.list().size() > before) {
      return;
    }
    Analysis analysis;
    try {
      analysis = new Analysis(taxonomy);
    } catch (IllegalArgumentException e) {
      problems.add(Taxonomy.SYNONYMS, "synonyms", e.getMessage());
      return;
    }
    List<String> rules = taxonomy.lexicon.synonyms();
    for (int i = 0; i < rules.size(); i++) {
      for (String w : rules.get(i).split("=>|,|\\s+")) {
        if (!w.isBlank() && analysis.stopwords().contains(w.strip())) {
          problems.add(
              Taxonomy.SYNONYMS,
              "synonyms[" + i + "]",
              "'" + w.strip() + "' is a stop word, so this rule can never match it");
        }
      }
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
    RecordParser parser = new RecordParser(taxonomy, today, clock.instant());
    checkSamples(
        SampleCatalog.VACANCIES,
        "vacancies",
        SampleCatalog.vacancies(content, today),
        m -> parser.vacancy(m).errors(),
        problems);
    checkSamples(
        SampleCatalog.TRAININGS,
        "trainings",
        SampleCatalog.trainings(content, today),
        m -> parser.training(m).errors(),
        problems);
  }

  private static void checkSamples(
      String file,
      String key,
      List<Map<String, Object>> records,
      java.util.function.Function<Map<String, Object>, List<FieldError>> parse,
      Problems problems) {
    java.util.Set<Object> ids = new java.util.HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> m = records.get(i);
      for (FieldError e : parse.apply(m)) {
        problems.add(file, key + "[" + i + "]." + e.field(), e.message());
      }
      if (m.get("id") != null && !ids.add(m.get("id"))) {
        problems.add(file, key + "[" + i + "].id", "duplicate id " + m.get("id"));
      }
    }
  }
}
