package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.content.Problems;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Word by word: what the index and query chains make of real job words and chat text. */
class AnalysisTests {

  static final Taxonomy TAXONOMY = Taxonomy.read(TestContent.load(), new Problems());
  static final Analysis ANALYSIS = new Analysis(TAXONOMY);

  record Case(String text, List<String> tokens) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Case c(String text, String... tokens) {
    return new Case(text, List.of(tokens));
  }

  /**
   * The index side: stemming, protected place names, stem overrides, SMS words; a word of a synonym
   * group is indexed next to the group's own term (sopir for pengemudi).
   */
  static Stream<Case> indexSide() {
    return Stream.of(
        c("pekerjaan bekerja pekerja kerjaan", "kerja", "kerja", "kerja", "kerja"),
        c("pelatihan melatih latihan", "latih", "latih", "latih"),
        c("penjahit menjahit jahitan", "jahit", "jahit", "jahit"),
        c("penjait jait", "jahit", "jahit"),
        c("pengemudi mengemudi kemudi", "kemudi", "sopir", "kemudi", "sopir", "kemudi", "sopir"),
        c("pemasaran pasar", "pasar", "pasar"),
        c("perawat keperawatan rawat", "rawat", "rawat", "rawat"),
        c("memasak masak", "masak", "masak"),
        c("pemagangan magang", "magang", "magang"),
        c("pengemasan kemasan", "kemas", "kemas"),
        c("mekanik merchandiser digital", "mekanik", "montir", "merchandiser", "digital"),
        c(
            "Pemalang Pekalongan Kebumen Wonogiri Boyolali Grobogan",
            "pemalang",
            "pekalongan",
            "kebumen",
            "wonogiri",
            "boyolali",
            "grobogan"),
        c("Banjarnegara Purbalingga Wonosobo", "banjarnegara", "purbalingga", "wonosobo"),
        c("lowongan kerja", "lowong", "kerja", "lowong_kerja"),
        c("krj gawe kerjo", "kerja", "kerja", "kerja"),
        c("yg dgn utk gak nggak", new String[0]),
        c("dekat mampu lama", "dekat", "mampu", "lama"),
        c("Alfamart Indomaret", "alfamart", "indomaret"),
        c("smg dmk", "semarang", "demak"),
        c(
            "Operator Jahit (Sewing Operator)",
            "operator",
            "jahit",
            "jahit",
            "sewing",
            "operator",
            "jahit"),
        c("Dicari crew store", "cari", "crew", "store", "pramuniaga"),
        c("office boy", "office", "boy", "cleaning_service"),
        c("kebersihan", "bersih"));
  }

  @ParameterizedTest(name = "index: {0}")
  @MethodSource("indexSide")
  void indexChain(Case c) {
    assertThat(Analysis.tokens(ANALYSIS.index, "text", c.text())).isEqualTo(c.tokens());
  }

  /** The query side reads a synonym group as its one term, whichever entry was typed. */
  static Stream<Case> querySide() {
    return Stream.of(
        c("lowker yg di smg", "lowong_kerja", "semarang"),
        c("loker", "lowong_kerja"),
        c("crew store", "pramuniaga"),
        c("pelayan toko di demak", "pramuniaga", "demak"),
        c("pramuniaga", "pramuniaga"),
        c("sales promotion girl", "spg"),
        c("security", "satpam"),
        c("penjait", "jahit"),
        c("operator jahit", "jahit"),
        c("gawean factory", "kerja", "pabrik"),
        c("nggolek gawe neng dmk", "kerja", "demak"),
        c("cashier AND ( * \"", "kasir"),
        c("pengemudi", "sopir"),
        c("office boy", "cleaning_service"),
        c("store", "store"),
        c("ora ono", new String[0]));
  }

  @ParameterizedTest(name = "query: {0}")
  @MethodSource("querySide")
  void queryChain(Case c) {
    assertThat(Analysis.tokens(ANALYSIS.query, "text", c.text())).isEqualTo(c.tokens());
  }

  /** Every entry of every group is searched as the group's term, which the index gives each. */
  @Test
  void everyEntryOfAGroupMeetsEveryOther() {
    for (String rule : TAXONOMY.lexicon.synonyms()) {
      List<List<String>> read =
          Stream.of(rule.split("=>|,"))
              .map(entry -> Analysis.tokens(ANALYSIS.query, "text", entry))
              .distinct()
              .toList();
      assertThat(read).as(rule).hasSize(1);
      assertThat(read.get(0)).as(rule).hasSize(1);
      for (String entry : rule.split("=>|,")) {
        assertThat(Analysis.tokens(ANALYSIS.index, "text", entry))
            .as("%s: %s", rule, entry)
            .contains(read.get(0).get(0));
      }
    }
  }

  /**
   * The one-step normaliser gives what Lucene's own filters give in sequence (lower case, word map,
   * stop words, protected words, stem overrides, stemmer), for every word of the sample catalogue.
   */
  @Test
  void normaliserMatchesTheFilterChain() {
    NormalizeFilter.Steps steps = ANALYSIS.steps;
    Analyzer reference =
        Analysis.chain(
            source -> {
              TokenStream ts = new LowerCaseFilter(source);
              ts = new WordMapFilter(ts, steps.words());
              ts = new StopFilter(ts, steps.stopwords());
              ts = new SetKeywordMarkerFilter(ts, steps.protect());
              ts = new StemmerOverrideFilter(ts, steps.overrides());
              return new IndonesianStemFilter(ts, true);
            });
    Analyzer normaliser = Analysis.normalising(steps);
    StringBuilder all = new StringBuilder("PT. Ümit KASIR Yg dgn Pekerjaan Pemalang ");
    var content = TestContent.load();
    SampleCatalog.vacancies(content, java.time.LocalDate.of(2026, 11, 28))
        .forEach(
            v -> all.append(v.get("title")).append(' ').append(v.get("description")).append(' '));
    SampleCatalog.trainings(content, java.time.LocalDate.of(2026, 11, 28))
        .forEach(
            t -> all.append(t.get("title")).append(' ').append(t.get("description")).append(' '));
    List<String> expected = Analysis.tokens(reference, "text", all.toString());
    assertThat(expected).hasSizeGreaterThan(5_000);
    // twice: the second pass reads every word from what the filter remembered
    List<String> twice = Stream.concat(expected.stream(), expected.stream()).toList();
    List<String> actual = Analysis.tokens(normaliser, "text", all + " " + all);
    for (int i = 0; i < Math.min(twice.size(), actual.size()); i++) {
      assertThat(actual.get(i)).as("token %d", i).isEqualTo(twice.get(i));
    }
    assertThat(actual).hasSameSizeAs(twice);
  }

  @Test
  void spellFieldKeepsWordsWhole() {
    assertThat(Analysis.tokens(ANALYSIS.spell, "spell", "Pramuniaga Pekerjaan Kebumen"))
        .containsExactly("pramuniaga", "pekerjaan", "kebumen");
  }

  @Test
  void fingerprintFollowsTheIndexSideOnly() {
    assertThat(new Analysis(Taxonomy.read(TestContent.load(), new Problems())).fingerprint)
        .isEqualTo(ANALYSIS.fingerprint);
  }
}
