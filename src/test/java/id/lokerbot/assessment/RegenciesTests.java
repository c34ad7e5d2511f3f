package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.assessment.Regencies.Regency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text to regencies, over a small table shaped like content/taxonomy/regencies.yaml. */
class RegenciesTests {

  static final Regencies REGENCIES =
      new Regencies(
          List.of(
              new Regency("33.21", "Demak", "kabupaten", List.of("kab demak", "mranggen", "dmk")),
              new Regency(
                  "33.22",
                  "Kabupaten Semarang",
                  "kabupaten",
                  List.of("kab semarang", "kab smg", "ungaran", "ambarawa", "kabsmg")),
              new Regency("33.74", "Kota Semarang", "kota", List.of("semarang kota", "smg")),
              new Regency("33.29", "Brebes", "kabupaten", List.of("kab brebes", "bumiayu"))));

  static List<String> codes(String text) {
    return REGENCIES.match(text).stream().map(Regency::code).toList();
  }

  @Test
  void namesTownsAndShortFormsFindTheirRegency() {
    assertThat(codes("Demak")).containsExactly("33.21");
    assertThat(codes("mranggen")).containsExactly("33.21");
    assertThat(codes("di ungaran")).containsExactly("33.22");
    assertThat(codes("BUMIAYU")).containsExactly("33.29");
  }

  @Test
  void semarangIsAskedAboutUnlessKabOrKotaIsSaid() {
    assertThat(codes("semarang")).containsExactly("33.22", "33.74");
    assertThat(codes("kab semarang")).containsExactly("33.22");
    assertThat(codes("Kabupaten Semarang")).containsExactly("33.22");
    assertThat(codes("kota semarang")).containsExactly("33.74");
  }

  @Test
  void typosAreForgivenAndNonsenseFindsNothing() {
    assertThat(codes("brebess")).containsExactly("33.29");
    assertThat(codes("semarnag")).containsExactly("33.22", "33.74");
    assertThat(codes("jakarta")).isEmpty();
    assertThat(codes("kab")).isEmpty();
  }

  @Test
  void labelsReadNaturally() {
    assertThat(REGENCIES.byCode("33.22").orElseThrow().label()).isEqualTo("Kab. Semarang");
    assertThat(REGENCIES.byCode("33.74").orElseThrow().label()).isEqualTo("Kota Semarang");
    assertThat(REGENCIES.byCode("33.21").orElseThrow().label()).isEqualTo("Kab. Demak");
  }
}
