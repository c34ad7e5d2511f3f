package id.lokerbot.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What leaves for a partner is exactly {@link ReferralPayload}: these tests fail when someone adds
 * a field, and above all one that could carry interest scores, functioning answers or income.
 */
class ReferralPayloadTests {

  static final Pattern FORBIDDEN =
      Pattern.compile(
          "(?i).*(interest|riasec|holland|score|income|salary|wage|functioning|disabilit|gender).*");

  @Test
  void thePayloadHasExactlyTheAgreedFields() {
    assertThat(names(ReferralPayload.class))
        .containsExactly(
            "referralId", "partnerId", "vacancyId", "vacancyTitle", "createdAt", "candidate");
    assertThat(names(Candidate.class))
        .containsExactly(
            "name", "age", "regency", "education", "contact", "readinessSummary", "accommodations");
  }

  @Test
  void nothingReachableFromThePayloadLooksLikeAnInterestScoreOrIncome() {
    List<String> reachable = new ArrayList<>();
    walk(ReferralPayload.class, "payload", reachable);
    assertThat(reachable).isNotEmpty().noneMatch(path -> FORBIDDEN.matcher(path).matches());
  }

  @Test
  void thePayloadTypesDependOnNoAssessmentOrProfileCode() {
    JavaClasses classes =
        new ClassFileImporter().importClasses(ReferralPayload.class, Candidate.class);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..assessment..", "..youth..", "..catalog..", "..conversation..")
        .check(classes);
  }

  private static void walk(Class<?> type, String path, List<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String p = path + "." + c.getName();
      out.add(p);
      Class<?> t = c.getType();
      if (t.isRecord()) {
        walk(t, p, out);
      } else {
        assertThat(Set.<Class<?>>of(String.class, Integer.class, Instant.class))
            .as("%s is a plain value, not a container that could hold anything", p)
            .contains(t);
      }
    }
  }

  private static List<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
