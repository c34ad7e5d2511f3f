package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.assessment.Eligibility.Facts;
import id.lokerbot.assessment.Eligibility.Priority;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme rules from content: 18-34, income below Rp 840.000, a programme regency. */
class EligibilityTests {

  static final Eligibility RULES =
      ProgrammeRules.read(ContentService.read(Path.of("content"), "id", List.of()), new Problems());

  @Test
  void theContentRulesAreThoseOfTheProgramme() {
    assertThat(RULES.ageFrom()).isEqualTo(18);
    assertThat(RULES.ageTo()).isEqualTo(34);
    assertThat(RULES.incomeBelow()).containsExactly("none", "under-840k");
    assertThat(RULES.regencies()).hasSize(13).contains("33.22", "33.21", "33.29");
  }

  @Test
  void meetingEveryRuleIsAPriority() {
    assertThat(RULES.evaluate(new Facts(18, "none", "33.22")).priority()).isEqualTo(Priority.YES);
    assertThat(RULES.evaluate(new Facts(34, "under-840k", "33.01")).priority())
        .isEqualTo(Priority.YES);
  }

  @Test
  void failingOneRuleIsNotAPriority() {
    assertThat(RULES.evaluate(new Facts(17, "none", "33.22")).priority()).isEqualTo(Priority.NO);
    assertThat(RULES.evaluate(new Facts(35, "none", "33.22")).priority()).isEqualTo(Priority.NO);
    assertThat(RULES.evaluate(new Facts(20, "840k-2m", "33.22")).priority()).isEqualTo(Priority.NO);
    // Kota Semarang (33.74) is not a programme regency; Kabupaten Semarang (33.22) is.
    assertThat(RULES.evaluate(new Facts(20, "none", "33.74")).priority()).isEqualTo(Priority.NO);
  }

  @Test
  void aSkippedAnswerIsUnknownNeverNo() {
    Eligibility.Result result = RULES.evaluate(new Facts(20, null, "33.22"));
    assertThat(result.priority()).isEqualTo(Priority.UNKNOWN);
    assertThat(result.rules())
        .containsEntry("age", Priority.YES)
        .containsEntry("income", Priority.UNKNOWN)
        .containsEntry("regency", Priority.YES);
    // ... but a rule that fails still decides
    assertThat(RULES.evaluate(new Facts(40, null, null)).priority()).isEqualTo(Priority.NO);
  }
}
