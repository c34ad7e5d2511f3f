package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.assessment.chat.Instruments;
import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.InvalidContentException;
import id.lokerbot.content.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instruments in {@code content/assessments/} are complete, and broken ones are refused. */
class AssessmentContentTests {

  static final Content CONTENT =
      ContentService.read(Path.of("content"), "id", List.of(new AssessmentsCheck()));
  static final Map<String, Instrument> INSTRUMENTS = Instruments.read(CONTENT, new Problems());

  @Test
  void everyItemHasTextInEveryLanguage() {
    List<String> languages = CONTENT.messages().languages();
    assertThat(languages).containsExactlyInAnyOrder("id", "en");
    for (Instrument instrument : INSTRUMENTS.values()) {
      assertThat(instrument.items())
          .allSatisfy(i -> languages.forEach(l -> assertThat(i.text().has(l)).isTrue()));
      assertThat(instrument.scale())
          .allSatisfy(o -> languages.forEach(l -> assertThat(o.label().has(l)).isTrue()));
      assertThat(instrument.groups())
          .allSatisfy(g -> languages.forEach(l -> assertThat(g.name().has(l)).isTrue()));
    }
  }

  @Test
  void interestHasFiveItemsForEachOfTheSixTypes() {
    Instrument interest = INSTRUMENTS.get(Instrument.INTEREST);
    assertThat(counts(interest))
        .isEqualTo(Map.of("R", 5L, "I", 5L, "A", 5L, "S", 5L, "E", 5L, "C", 5L));
    assertThat(interest.items()).hasSize(30);
    assertThat(interest.groups()).allSatisfy(g -> assertThat(g.jobs().has("en")).isTrue());
  }

  @Test
  void readinessHasTwoItemsForEachOfTheSixAreas() {
    Instrument readiness = INSTRUMENTS.get(Instrument.READINESS);
    assertThat(counts(readiness).values()).containsOnly(2L);
    assertThat(counts(readiness).keySet())
        .containsExactlyInAnyOrder(
            "communication",
            "teamwork",
            "reliability",
            "self-control",
            "problem-solving",
            "self-concept");
    assertThat(readiness.groups())
        .allSatisfy(g -> assertThat(g.tip().has("id") && g.training().has("en")).isTrue());
  }

  @Test
  void brokenInstrumentsAreRefusedWithFileAndPath(@TempDir Path dir) throws IOException {
    copy(dir, "messages/id.yaml");
    copy(dir, "messages/en.yaml");
    copy(dir, "assessments/readiness.yaml");
    String interest = Files.readString(Path.of("content/assessments/interest.yaml"));
    interest =
        interest
            // an English text missing
            .replace(", en: \"Fixing a motorbike that will not start\"", "")
            // an item moved to a type that does not exist
            .replace("{ id: i2, group: I,", "{ id: i2, group: X,")
            // a duplicate id
            .replace("{ id: c5,", "{ id: c4,");
    Files.writeString(dir.resolve("assessments/interest.yaml"), interest);

    assertThatThrownBy(() -> ContentService.read(dir, "id", List.of(new AssessmentsCheck())))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "assessments/interest.yaml:items[0].text.en: missing",
                        "assessments/interest.yaml:items[7].group: unknown group 'X', known:"
                            + " [R, I, A, S, E, C]",
                        "assessments/interest.yaml:items[29].id: duplicate 'c4'",
                        "assessments/interest.yaml:items: every group needs the same number of"
                            + " items, found {R=5, I=4, A=5, S=5, E=5, C=5}"));
  }

  @Test
  void aMissingCheckIsReported(@TempDir Path dir) throws IOException {
    copy(dir, "messages/id.yaml");
    copy(dir, "messages/en.yaml");
    copy(dir, "assessments/interest.yaml");
    assertThatThrownBy(() -> ContentService.read(dir, "id", List.of(new AssessmentsCheck())))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "assessments/readiness.yaml:: missing: no file has assessment: readiness"));
  }

  private static Map<String, Long> counts(Instrument instrument) {
    return instrument.items().stream()
        .collect(Collectors.groupingBy(Instrument.Item::group, Collectors.counting()));
  }

  private static void copy(Path dir, String file) throws IOException {
    Path target = dir.resolve(file);
    Files.createDirectories(target.getParent());
    Files.copy(Path.of("content").resolve(file), target);
  }
}
