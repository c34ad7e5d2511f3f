package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Real-looking chat queries against the sample catalogue: what the top results must be. */
@CatalogSpringTest
class SearchQualityTests {

  @Autowired CatalogSearch search;

  /**
   * @param query what the person typed
   * @param kind the kind of offer expected
   * @param regencies the regency codes every top result must be in (empty: anywhere)
   * @param titleWords a word every top-3 title must contain (lower case), or null
   */
  record Case(String query, Kind kind, String regencies, String titleWords) {
    @Override
    public String toString() {
      return query;
    }
  }

  static Case v(String q, String regencies, String title) {
    return new Case(q, Kind.VACANCY, regencies, title);
  }

  static Case t(String q, String regencies, String title) {
    return new Case(q, Kind.TRAINING, regencies, title);
  }

  static Stream<Case> cases() {
    return Stream.of(
        v("ada lowker kasir di demak?", "33.21", "kasir"),
        t("pelatihan jahit gratis", "", "jahit"),
        v("kerja pabrik grobogan yg lulusan smp", "33.15", null),
        v("pramuniga", "", "pramuniaga"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void topResults(Case c) {
    SearchResult r = search.search(SearchRequest.of(c.query()));
    assertThat(r.hits()).as("results for '%s' (%s)", c.query(), r.understood()).isNotEmpty();
    assertThat(r.understood().kind()).isEqualTo(c.kind());
    r.hits().stream()
        .limit(3)
        .forEach(
            h -> {
              assertThat(h.kind()).isEqualTo(c.kind());
              if (!c.regencies().isEmpty()) {
                assertThat(c.regencies().split(",")).contains(h.regency());
              }
              if (c.titleWords() != null) {
                assertThat(h.title().toLowerCase()).contains(c.titleWords());
              }
            });
  }
}
