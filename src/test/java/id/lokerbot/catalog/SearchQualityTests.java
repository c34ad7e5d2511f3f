package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
        v("pramuniga", "", "pramuniaga"),
        v("loker crew store kebumen", "33.05", "pramuniaga"),
        v("lowongan pramuniaga banyumas", "33.02", "pramuniaga"),
        v("krj jd satpam di wonosobo", "33.07", "satpam"),
        v("spg dmk", "33.21", "spg"),
        v("operator jahit sragen", "33.14", "jahit"),
        v("penjait", "", "jahit"),
        v("lowker purwokerto", "33.02", null),
        v("kerja di semarang", "33.22,33.74", null),
        v("kab semarang garmen", "33.22", null),
        v("gawe neng boyolali", "33.09", null),
        v("golek gawean jahit neng banjarnegara", "33.04", "jahit"),
        v("nyambut gawe pabrik bulu mata purbalingga", "33.03", "bulu mata"),
        v("sopir grobogan", "33.15", "sopir"),
        v("satpam rembang", "33.17", "satpam"),
        v("lowker security dmk", "33.21", "satpam"),
        v("kurir paket kab semarang", "33.22", "kurir"),
        v("tukang las sragen", "33.14", "las"),
        v("welder", "", "las"),
        v("montir motor cilacap", "33.01", "mekanik"),
        v("barista demak", "33.21", "barista"),
        v("pramusaji rumah makan brebes", "33.29", "pramusaji"),
        v("waiter", "", "pramusaji"),
        v("cleaning service brebes", "33.29", "cleaning"),
        v("qc garmen cilacap", "33.01", "qc"),
        v("helper garmen lulusan sd", "", "helper"),
        v("bawang merah brebes", "33.29", "bawang"),
        v("merchandiser boyolali", "33.09", "merchandiser"),
        v("lowongan admin gudang", "", "gudang"),
        v("caregiver lansia", "", "lansia"),
        v("kasir AND (", "", "kasir"),
        v("* \"kasir\"", "", "kasir"),
        v("lowker yg gak perlu pengalaman di rembang", "33.17", null),
        t("pelatihan komputer", "", "komputer"),
        t("kursus barista", "", "barista"),
        t("pelatihan gratis di brebes", "33.29", null),
        t("training sewing", "", null),
        t("pelatihan kerja ritel alfamart", "", "ritel"),
        v("loker pramuniaga umur 20", "", "pramuniaga"),
        v("kerja ramah difabel di demak", "33.21", null),
        v("lowker grobokan", "33.15", null),
        v("purbalinga jahit", "33.03", "jahit"),
        v("kerjaan gudang banyumas", "33.02", "gudang"),
        v("info loker smk boyolali", "33.09", null),
        v("job vacancy cashier", "", "kasir"),
        t("pelatihan menjahit banjar negara", "33.04", null),
        v("nggolek kerjo pabrik neng kab semarang", "33.22", null));
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

  @Test
  void closedAndExpiredSamplesNeverAppear() {
    Set<String> ids = new HashSet<>();
    SearchRequest all = SearchRequest.of("").withKind(Kind.VACANCY);
    SearchResult page = search.search(all.withPage(0, 50));
    ids.addAll(page.hits().stream().map(SearchResult.Hit::id).toList());
    for (int offset = 50; offset < page.total(); offset += 50) {
      search.search(all.withPage(offset, 50)).hits().forEach(h -> ids.add(h.id()));
    }
    // samples 313-316 are closed and 317-320 expired ten days ago
    for (int i = 313; i <= 320; i++) {
      assertThat(ids).doesNotContain(String.format("sample-v-%04d", i));
    }
    assertThat(ids).contains("sample-v-0001", "sample-v-0312");
  }

  /**
   * How people ask, not what they ask for: "mencari" (searching) was "corrected" to "mencapai" and
   * searched for, and English fillers ("find", "looking") were searched as job words.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fillers")
  void wordsAboutAskingAreNotSearchedFor(String query, String words, String regency) {
    SearchResult r = search.search(SearchRequest.of(query));
    assertThat(r.corrections()).as("corrections of '%s'", query).isEmpty();
    assertThat(r.understood().words()).as("words searched for in '%s'", query).isEqualTo(words);
    if (!regency.isEmpty()) {
      assertThat(r.understood().regencies()).containsExactly(regency);
    }
    assertThat(r.hits()).isNotEmpty();
  }

  static Stream<Arguments> fillers() {
    return Stream.of(
        Arguments.of("mencari lowongan kasir", "kasir", ""),
        Arguments.of("sedang mencari kerja di demak", "", "33.21"),
        Arguments.of("gw pengen kerja jadi kasir", "kasir", ""),
        Arguments.of("gue kepengen kerja di demak", "", "33.21"),
        Arguments.of("tolong cariin kerjaan di demak", "", "33.21"),
        Arguments.of("find jobs in demak", "", "33.21"),
        Arguments.of("looking for work in demak", "", "33.21"),
        Arguments.of("I need a cashier job in demak", "cashier", "33.21"),
        Arguments.of("I want to find a job as a cashier", "cashier", ""),
        Arguments.of("searching for sewing jobs", "sewing", ""),
        Arguments.of("are there any jobs available in demak", "", "33.21"));
  }

  @Test
  void typosAreCorrectedAndSaid() {
    SearchResult r = search.search(SearchRequest.of("pramuniga pekrja"));
    assertThat(r.corrections()).contains("pramuniga → pramuniaga");
    assertThat(r.hits()).isNotEmpty();
    assertThat(search.search(SearchRequest.of("jhait")).corrections()).contains("jhait → jahit");
  }

  /** A short word two letters from a catalogue word is another word, not a typo of it. */
  @Test
  void shortWordsAreNotCorrectedIntoOthers() {
    assertThat(search.search(SearchRequest.of("kerja part time")).corrections()).isEmpty();
  }

  @Test
  void nothingInTheRegencySuggestsNeighboursAndTrainings() {
    // the only satpam vacancy in Grobogan is closed; Demak, next door, has one
    SearchResult r = search.search(SearchRequest.of("satpam grobogan"));
    assertThat(r.hits()).isEmpty();
    assertThat(r.alternatives())
        .extracting(SearchResult.Alternative::type)
        .contains(SearchResult.Alternative.Type.NEARBY);
    SearchResult.Alternative near = r.alternatives().get(0);
    assertThat(near.places()).contains("Demak");
    assertThat(search.search(near.request()).hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.title()).contains("Satpam"));

    // Rembang has no store crew; a retail training elsewhere and the rest of the province do
    SearchResult crew = search.search(SearchRequest.of("lowker crew store rembang"));
    assertThat(crew.hits()).isEmpty();
    assertThat(crew.alternatives())
        .extracting(SearchResult.Alternative::type)
        .contains(SearchResult.Alternative.Type.TRAINING, SearchResult.Alternative.Type.ANYWHERE);

    // "smg" is Semarang city, which has no sample offers; the regency next door has
    SearchResult smg = search.search(SearchRequest.of("lowker smg"));
    assertThat(smg.understood().regencies()).containsExactly("33.74");
    assertThat(smg.hits()).isEmpty();
    assertThat(smg.alternatives().get(0).places()).contains("Kabupaten Semarang");
  }

  @Test
  void filtersComeFromTheTextAndShowInFacets() {
    SearchResult r = search.search(SearchRequest.of("kerja ramah difabel jahit").withPage(0, 50));
    assertThat(r.understood().disabilityFriendly()).isTrue();
    assertThat(r.facets().get("disability")).containsOnlyKeys("yes");

    SearchResult edu = search.search(SearchRequest.of("garmen lulusan sd").withPage(0, 50));
    assertThat(edu.understood().education()).isEqualTo("sd");
    assertThat(edu.facets().get("education").keySet()).isSubsetOf("none", "sd");

    SearchResult age = search.search(SearchRequest.of("pramuniaga umur 30"));
    assertThat(age.understood().age()).isEqualTo(30);
    assertThat(age.understood().words()).isEqualTo("pramuniaga");

    SearchResult free = search.search(SearchRequest.of("pelatihan gratis").withPage(0, 50));
    assertThat(free.understood().kind()).isEqualTo(Kind.TRAINING);
    assertThat(free.facets().get("free")).containsOnlyKeys("yes");

    SearchResult near = search.search(SearchRequest.of("jahit dekat demak").withPage(0, 50));
    assertThat(near.understood().regencies()).contains("33.21", "33.15", "33.19", "33.22");
    assertThat(near.facets().get("regency").keySet()).isSubsetOf(near.understood().regencies());
  }

  @Test
  void thePersonsRegencyRanksFirst() {
    for (String home : List.of("33.14", "33.04", "33.02")) {
      SearchResult r = search.search(SearchRequest.of("operator jahit").withHome(home));
      assertThat(r.hits().get(0).regency()).as("home %s", home).isEqualTo(home);
    }
  }

  @Test
  void pagesDoNotOverlap() {
    SearchRequest q = SearchRequest.of("jahit");
    List<String> first =
        search.search(q.withPage(0, 5)).hits().stream().map(SearchResult.Hit::id).toList();
    List<String> second =
        search.search(q.withPage(5, 5)).hits().stream().map(SearchResult.Hit::id).toList();
    assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
    assertThat(second).hasSize(5);
  }

  @Test
  void preferencesRankFittingWorkFirstWithoutFiltering() {
    SearchRequest vacancies = SearchRequest.of("").withKind(Kind.VACANCY).withPage(0, 10);
    long all = search.search(vacancies).total();

    SearchResult cashiers = search.search(vacancies.withPrefer(Map.of("5230", 3f)));
    assertThat(cashiers.total()).isEqualTo(all);
    assertThat(occupations(cashiers)).containsOnly("5230");

    // The longest group given wins: sales workers (52) first, but not shop assistants (5223).
    SearchResult sales = search.search(vacancies.withPrefer(Map.of("52", 3f, "5223", 0.1f)));
    assertThat(occupations(sales)).allMatch(o -> o.startsWith("52") && !o.equals("5223"));

    // The person's regency still counts among equally fitting offers.
    SearchResult near = search.search(vacancies.withPrefer(Map.of("5230", 3f)).withHome("33.21"));
    assertThat(near.hits().get(0).regency()).isEqualTo("33.21");
    assertThat(occupations(near).get(0)).isEqualTo("5230");

    // Trainings have no occupation: their sector counts.
    SearchRequest trainings = SearchRequest.of("").withKind(Kind.TRAINING).withPage(0, 5);
    SearchResult garment = search.search(trainings.withPrefer(Map.of("C", 3f, "5230", 3f)));
    assertThat(garment.hits())
        .allMatch(
            h -> search.offer(Kind.TRAINING, h.id()).orElseThrow().training().sector().equals("C"));
  }

  private List<String> occupations(SearchResult result) {
    return result.hits().stream()
        .map(h -> search.offer(Kind.VACANCY, h.id()).orElseThrow().vacancy().occupation())
        .toList();
  }
}
