package id.lokerbot.assessment.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking preferences from an interest result, computed by hand. */
class InterestFitTests {

  static final Instrument INSTRUMENT =
      new Instrument(
          "interest",
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          4,
          0,
          Map.of("5230", "CE", "53", "SR", "7", "R", "G", "EC", "2166", "AR"));

  static InterestProfile profile(int r, int i, int a, int s, int e, int c) {
    return new InterestProfile(
        Map.of("R", r, "I", i, "A", a, "S", s, "E", e, "C", c),
        List.of(),
        List.of(),
        List.of(),
        true);
  }

  @Test
  void fitIsTheWeightedPlaceOfEachTypeBetweenTheLowestAndHighest() {
    // S 10 (high), E 8, C 6, I 5, A 3, R 0 (low)
    Map<String, Float> prefer = InterestFit.preferences(INSTRUMENT, profile(0, 5, 3, 10, 8, 6));
    // 5230 "CE": (1 * 0.6 + 0.6 * 0.8) / 1.6 = 0.675 -> 2.025
    assertThat(prefer.get("5230")).isCloseTo(2.025f, within(0.001f));
    // 53 "SR": (1 * 1.0 + 0.6 * 0) / 1.6 = 0.625 -> 1.875
    assertThat(prefer.get("53")).isCloseTo(1.875f, within(0.001f));
    // G "EC": (0.8 + 0.6 * 0.6) / 1.6 = 0.725 -> 2.175
    assertThat(prefer.get("G")).isCloseTo(2.175f, within(0.001f));
    // 2166 "AR": (0.3 + 0) / 1.6 = 0.1875 -> 0.5625
    assertThat(prefer.get("2166")).isCloseTo(0.5625f, within(0.001f));
    // 7 "R": 0 -> below 0.1, left out
    assertThat(prefer).doesNotContainKey("7");
  }

  @Test
  void aFlatProfilePrefersNothing() {
    assertThat(InterestFit.preferences(INSTRUMENT, profile(6, 6, 6, 6, 6, 6))).isEmpty();
  }

  @Test
  void theContentMapsEveryOccupationInTheSampleCatalogue() {
    Map<String, Instrument> instruments =
        Instruments.read(ContentService.read(Path.of("content"), "id", List.of()), new Problems());
    Map<String, String> fits = instruments.get("interest").fits();
    for (String occupation : List.of("5223", "7533", "9329", "5230", "4321", "7543", "5322")) {
      assertThat(
              List.of(
                  occupation,
                  occupation.substring(0, 3),
                  occupation.substring(0, 2),
                  occupation.substring(0, 1)))
          .as(occupation)
          .anyMatch(fits::containsKey);
    }
    assertThat(fits.get("7543")).isEqualTo("IRC");
    assertThat(fits).containsKeys("A", "C", "G", "N", "S");
  }
}
