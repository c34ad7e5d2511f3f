package id.lokerbot.assessment.chat;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring of the real instruments against profiles computed by hand. */
class ScoringTests {

  static final Content CONTENT = ContentService.read(Path.of("content"), "id", List.of());
  static final Map<String, Instrument> INSTRUMENTS = Instruments.read(CONTENT, new Problems());
  static final Instrument INTEREST = INSTRUMENTS.get(Instrument.INTEREST);
  static final Instrument READINESS = INSTRUMENTS.get(Instrument.READINESS);

  // interest scale positions: 0 = suka (2 points), 1 = biasa saja (1), 2 = tidak suka (0)

  @Test
  void clearProfileShowsTheTopTwo() {
    List<Integer> answers =
        byType(
            Map.of(
                "R", List.of(2, 2, 2, 2, 2), // 0
                "I", List.of(1, 1, 1, 1, 1), // 5
                "A", List.of(0, 1, 2, 2, 2), // 3
                "S", List.of(0, 0, 0, 0, 0), // 10
                "E", List.of(0, 0, 0, 1, 1), // 8
                "C", List.of(0, 0, 1, 1, 2))); // 6
    InterestProfile p = Scoring.interest(INTEREST, answers);
    assertThat(p.scores())
        .containsExactly(
            Map.entry("R", 0),
            Map.entry("I", 5),
            Map.entry("A", 3),
            Map.entry("S", 10),
            Map.entry("E", 8),
            Map.entry("C", 6));
    assertThat(p.ranking()).containsExactly("S", "E", "C", "I", "A", "R");
    assertThat(p.top()).containsExactly("S", "E");
    assertThat(p.tied()).isEmpty();
    assertThat(p.clear()).isTrue();
  }

  @Test
  void aTieAtTheCutShowsAThirdTypeAndIsExplained() {
    List<Integer> answers =
        byType(
            Map.of(
                "R", List.of(0, 0, 0, 2, 2), // 6, three "suka"
                "I", List.of(1, 1, 2, 2, 2), // 2
                "A", List.of(2, 2, 2, 2, 2), // 0
                "S", List.of(1, 1, 1, 1, 2), // 4
                "E", List.of(2, 0, 2, 0, 0), // 6, three "suka"
                "C", List.of(0, 1, 0, 1, 2))); // 6, two "suka"
    InterestProfile p = Scoring.interest(INTEREST, answers);
    // R and E: same points and likes, so the fixed RIASEC order puts R first; C has fewer likes.
    assertThat(p.ranking()).containsExactly("R", "E", "C", "S", "I", "A");
    assertThat(p.top()).containsExactly("R", "E", "C");
    assertThat(p.tied()).containsExactly("R", "E", "C");
  }

  @Test
  void moreLikesWinATieBeforeTheFixedOrder() {
    List<Integer> answers =
        byType(
            Map.of(
                "R", List.of(2, 2, 2, 2, 2),
                "I", List.of(2, 2, 2, 2, 2),
                "A", List.of(2, 2, 2, 2, 1), // 1
                "S", List.of(1, 1, 1, 1, 2), // 4, no "suka"
                "E", List.of(2, 2, 2, 2, 2),
                "C", List.of(0, 0, 2, 2, 2))); // 4, two "suka"
    InterestProfile p = Scoring.interest(INTEREST, answers);
    assertThat(p.top()).containsExactly("C", "S");
    assertThat(p.tied()).containsExactly("C", "S");
    assertThat(p.clear()).isTrue(); // 4 reaches strongFrom: 4
  }

  @Test
  void dislikingEverythingIsAFlatProfile() {
    List<Integer> answers = new ArrayList<>();
    INTEREST.items().forEach(i -> answers.add(2));
    InterestProfile p = Scoring.interest(INTEREST, answers);
    assertThat(p.scores().values()).containsOnly(0);
    assertThat(p.top()).containsExactly("R", "I", "A");
    assertThat(p.tied()).containsExactly("R", "I", "A", "S", "E", "C");
    assertThat(p.clear()).isFalse();
  }

  @Test
  void readinessLevelsAndTipsForTheWeakestAreas() {
    // readiness scale positions: 0 = sangat sesuai (3), 1 = sesuai (2), 2 = kurang (1), 3 = tidak
    // (0)
    // items alternate: com1 team1 rel1 ctl1 sol1 self1 com2 team2 rel2 ctl2 sol2 self2
    List<Integer> answers = List.of(0, 1, 0, 1, 2, 3, 0, 1, 2, 3, 1, 0);
    ReadinessProfile p = Scoring.readiness(READINESS, answers);
    assertThat(p.areas())
        .containsExactly(
            new ReadinessProfile.Area("communication", 6, "strong"),
            new ReadinessProfile.Area("teamwork", 4, "growing"),
            new ReadinessProfile.Area("reliability", 4, "growing"),
            new ReadinessProfile.Area("self-control", 2, "practice"),
            new ReadinessProfile.Area("problem-solving", 3, "growing"),
            new ReadinessProfile.Area("self-concept", 3, "growing"));
    // weakest first, equal points in content order, at most maxTips (3)
    assertThat(p.tips()).containsExactly("self-control", "problem-solving", "self-concept");
  }

  @Test
  void allStrongGivesNoTips() {
    List<Integer> answers = new ArrayList<>();
    READINESS.items().forEach(i -> answers.add(0));
    ReadinessProfile p = Scoring.readiness(READINESS, answers);
    assertThat(p.areas()).allMatch(a -> a.score() == 6 && a.level().equals("strong"));
    assertThat(p.tips()).isEmpty();
  }

  @Test
  void maximumPointsPerGroup() {
    assertThat(INTEREST.maxPerGroup()).isEqualTo(10);
    assertThat(READINESS.maxPerGroup()).isEqualTo(6);
  }

  /** Answers in item order from five answers per type, taken in the order the type's items come. */
  static List<Integer> byType(Map<String, List<Integer>> perType) {
    Map<String, Integer> used = new java.util.HashMap<>();
    List<Integer> answers = new ArrayList<>();
    for (Instrument.Item item : INTEREST.items()) {
      int n = used.merge(item.group(), 1, Integer::sum) - 1;
      answers.add(perType.get(item.group()).get(n));
    }
    return answers;
  }
}
