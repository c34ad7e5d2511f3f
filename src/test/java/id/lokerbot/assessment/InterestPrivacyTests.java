package id.lokerbot.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.lokerbot.LokerbotApplication;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Interest results are the person's own: no type that other modules (referral, alert, report, a
 * recruiter export) can reach carries them. They live only in the {@code assessment.chat} named
 * interface, which only the person's chat (the conversation module) may use.
 */
class InterestPrivacyTests {

  static final String CHAT = "id.lokerbot.assessment.chat";
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.lokerbot");

  @Test
  void onlyTheAssessmentModuleAndThePersonsChatUseInterestTypes() {
    noClasses()
        .that()
        .resideOutsideOfPackages("id.lokerbot.assessment..", "id.lokerbot.conversation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(CHAT + "..")
        .because("interest results never leave the person's own chat")
        .check(MAIN);
  }

  @Test
  void noOtherModuleIsAllowedTheChatInterface() throws Exception {
    ApplicationModules modules = ApplicationModules.of(LokerbotApplication.class);
    List<String> offenders = new ArrayList<>();
    for (ApplicationModule module : modules) {
      String name = module.getName();
      if (name.equals("assessment") || name.equals("conversation")) {
        continue;
      }
      var annotation =
          Class.forName(module.getBasePackage().getName() + ".package-info")
              .getAnnotation(org.springframework.modulith.ApplicationModule.class);
      for (String allowed : annotation.allowedDependencies()) {
        if (allowed.replace(" ", "").startsWith("assessment::")) {
          offenders.add(name + " allows " + allowed);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /**
   * Every public type of the module's shared API (its base package), and every type reachable from
   * its public methods and record components, is free of interest types and of fields named after
   * interests.
   */
  @Test
  void theSharedApiCarriesNoInterestScores() throws Exception {
    List<Class<?>> api = new ArrayList<>();
    for (var javaClass : MAIN.that(inBasePackage())) {
      Class<?> type = Class.forName(javaClass.getName());
      if (Modifier.isPublic(type.getModifiers())) {
        api.add(type);
      }
    }
    assertThat(api).contains(AssessmentResults.class, ReadinessSummary.class);
    Set<Class<?>> reachable = new HashSet<>();
    api.forEach(t -> reach(t, reachable));
    for (Class<?> type : reachable) {
      assertThat(type.getPackageName()).as("%s", type).isNotEqualTo(CHAT);
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          assertThat(c.getName().toLowerCase())
              .as("%s.%s", type.getSimpleName(), c.getName())
              .doesNotContain("interest")
              .doesNotContain("riasec");
        }
      }
    }
  }

  private static com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaClass>
      inBasePackage() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "in id.lokerbot.assessment", c -> c.getPackageName().equals("id.lokerbot.assessment"));
  }

  /** The type and every id.lokerbot type its public methods and record components mention. */
  private static void reach(Class<?> type, Set<Class<?>> seen) {
    if (!type.getName().startsWith("id.lokerbot") || !seen.add(type)) {
      return;
    }
    List<Type> mentioned = new ArrayList<>();
    for (Method m : type.getMethods()) {
      mentioned.add(m.getGenericReturnType());
      mentioned.addAll(List.of(m.getGenericParameterTypes()));
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        mentioned.add(c.getGenericType());
      }
    }
    mentioned.forEach(t -> classes(t).forEach(c -> reach(c, seen)));
  }

  private static List<Class<?>> classes(Type type) {
    List<Class<?>> found = new ArrayList<>();
    if (type instanceof Class<?> c) {
      found.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      found.addAll(classes(p.getRawType()));
      for (Type arg : p.getActualTypeArguments()) {
        found.addAll(classes(arg));
      }
    }
    return found;
  }
}
