package id.lokerbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Rules the module graph cannot express. */
class ArchitectureTests {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.lokerbot");

  @Test
  void theDialogueEngineIsPlainJava() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("id.lokerbot.conversation.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework..",
                "io.lettuce..",
                "jakarta.servlet..",
                "java.net.http..",
                "org.apache.hc..",
                "okhttp3..",
                "java.sql..")
            .because("flows must run as plain Java in transcript tests");
    rule.check(MAIN);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    CLOCK_RULE.check(MAIN);
  }

  @Test
  void theClockRuleCatchesAnOffender() {
    JavaClasses offender = new ClassFileImporter().importClasses(ClockOffender.class);
    assertThat(CLOCK_RULE.evaluate(offender).hasViolation()).isTrue();
  }

  /** Reads the system time directly: what the rule must catch. */
  static class ClockOffender {
    java.time.Instant when() {
      return java.time.Instant.now();
    }
  }

  static final ArchRule CLOCK_RULE =
      noClasses()
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(java.time.OffsetDateTime.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because("tests move an injected Clock; only the clock bean reads the system time");
}
