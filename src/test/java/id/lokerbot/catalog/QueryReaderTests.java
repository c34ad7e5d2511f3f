package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.content.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading chat text into places, filters and words. */
class QueryReaderTests {

  static final QueryReader READER =
      new QueryReader(Taxonomy.read(TestContent.load(), new Problems()));

  static QueryReader.Read read(String text) {
    return READER.read(text, Set.of("barang", "pabrik", "kasir")::contains);
  }

  @Test
  void placesByNameTownAbbreviationAndTypo() {
    assertThat(read("ada lowker kasir di demak?").regencies()).containsExactly("33.21");
    assertThat(read("kerja di purwokerto").regencies()).containsExactly("33.02");
    assertThat(read("lowker dmk").regencies()).containsExactly("33.21");
    assertThat(read("loker grobokan").regencies()).containsExactly("33.15");
    assertThat(read("purbalinga").regencies()).containsExactly("33.03");
    assertThat(read("kab semarang").regencies()).containsExactly("33.22");
    assertThat(read("semarang").regencies()).containsExactly("33.22", "33.74");
    assertThat(read("kerja di kota tegal").regencies()).containsExactly("33.76");
    assertThat(read("banjar negara").placeName()).isEqualTo("Banjarnegara");
    // a real word one letter from a place name is not that place
    assertThat(read("angkat barang").regencies()).isEmpty();
  }

  @Test
  void filtersAndKind() {
    QueryReader.Read r = read("kerja pabrik grobogan yg lulusan smp");
    assertThat(r.kind()).isEqualTo(Kind.VACANCY);
    assertThat(r.education()).isEqualTo("smp");
    assertThat(r.words()).containsExactly("pabrik", "yg", "lulusan");

    QueryReader.Read t = read("pelatihan jahit gratis");
    assertThat(t.kind()).isEqualTo(Kind.TRAINING);
    assertThat(t.free()).isTrue();
    assertThat(t.words()).containsExactly("jahit");

    assertThat(read("gratis").kind()).isEqualTo(Kind.TRAINING);
    assertThat(read("pelatihan kerja").kind()).isEqualTo(Kind.TRAINING);
    assertThat(read("loker tunarungu").disability()).isTrue();
    assertThat(read("kasir dekat sini").nearby()).isTrue();
    assertThat(read("kasir umur 19").age()).isEqualTo(19);
    assertThat(read("kasir 21 tahun").age()).isEqualTo(21);
    assertThat(read("kasir 21 tahun").words()).containsExactly("kasir");
    assertThat(read("smk atau paket c").education()).isEqualTo("sma");
  }

  @Test
  void syntaxIsJustWords() {
    assertThat(read("kasir AND ( * \" ~2 title:x").words())
        .isEqualTo(List.of("kasir", "and", "2", "title", "x"));
    assertThat(read("").words()).isEmpty();
  }
}
