package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.content.Problems;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Word by word: what the index and query chains make of real job words and chat text. */
class AnalysisTests {

  static final Analysis ANALYSIS = new Analysis(Taxonomy.read(TestContent.load(), new Problems()));

  record Case(String text, List<String> tokens) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Case c(String text, String... tokens) {
    return new Case(text, List.of(tokens));
  }

  /** The index side: stemming, protected place names, stem overrides, SMS words. */
  static Stream<Case> indexSide() {
    return Stream.of(
        c("pekerjaan bekerja pekerja kerjaan", "kerja", "kerja", "kerja", "kerja"),
        c("pelatihan melatih latihan", "latih", "latih", "latih"),
        c("penjahit menjahit jahitan", "jahit", "jahit", "jahit"),
        c("penjait jait", "jahit", "jahit"),
        c("pengemudi mengemudi kemudi", "kemudi", "kemudi", "kemudi"),
        c("pemasaran pasar", "pasar", "pasar"),
        c("perawat keperawatan rawat", "rawat", "rawat", "rawat"),
        c("memasak masak", "masak", "masak"),
        c("pemagangan magang", "magang", "magang"),
        c("pengemasan kemasan", "kemas", "kemas"),
        c("mekanik merchandiser digital", "mekanik", "merchandiser", "digital"),
        c(
            "Pemalang Pekalongan Kebumen Wonogiri Boyolali Grobogan",
            "pemalang",
            "pekalongan",
            "kebumen",
            "wonogiri",
            "boyolali",
            "grobogan"),
        c("Banjarnegara Purbalingga Wonosobo", "banjarnegara", "purbalingga", "wonosobo"),
        c("lowongan kerja", "lowong", "kerja"),
        c("krj gawe kerjo", "kerja", "kerja", "kerja"),
        c("yg dgn utk gak nggak", new String[0]),
        c("dekat mampu lama", "dekat", "mampu", "lama"),
        c("Alfamart Indomaret", "alfamart", "indomaret"),
        c("smg dmk", "semarang", "demak"),
        c("Operator Jahit (Sewing Operator)", "operator", "jahit", "sewing", "operator"),
        c("kebersihan", "bersih"));
  }

  @ParameterizedTest(name = "index: {0}")
  @MethodSource("indexSide")
  void indexChain(Case c) {
    assertThat(Analysis.tokens(ANALYSIS.index, "text", c.text())).isEqualTo(c.tokens());
  }

  /** The query side adds synonyms: every alternative appears among the tokens. */
  static Stream<Case> querySide() {
    return Stream.of(
        c("lowker yg di smg", "lowong", "kerja", "semarang"),
        c("loker", "lowong", "kerja"),
        c("crew store", "pramuniaga", "crew", "store"),
        c("pramuniaga", "pramuniaga", "crew", "store", "sales", "toko"),
        c("spg", "spg", "sales", "promotion", "girl"),
        c("satpam", "satpam", "security"),
        c("penjait", "jahit", "operator", "tukang"),
        c("gawean pabrik", "kerja", "pabrik", "factory"),
        c("nggolek gawe neng dmk", "kerja", "demak"),
        c("kasir AND ( * \"", "kasir", "cashier"),
        c("sopir", "sopir", "driver", "kemudi"),
        c("ora ono", new String[0]));
  }

  @ParameterizedTest(name = "query: {0}")
  @MethodSource("querySide")
  void queryChain(Case c) {
    assertThat(Analysis.tokens(ANALYSIS.query, "text", c.text()))
        .containsAll(c.tokens())
        .doesNotContain("yg", "di", "smg", "alang", "rjaan", "and");
    if (c.tokens().isEmpty()) {
      assertThat(Analysis.tokens(ANALYSIS.query, "text", c.text())).isEmpty();
    }
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
