package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.AssessmentResults;
import id.lokerbot.assessment.Eligibility;
import id.lokerbot.assessment.ProgrammeRules;
import id.lokerbot.assessment.Regencies;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.content.ContentService;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * PROFIL: everything we keep about the person (their answers, which checks we keep, whether they
 * are a programme priority), in their language. Answers given in this very turn are shown too.
 */
@Component
class ProfileShowAction implements ActionHandler {

  private final Profiles profiles;
  private final AssessmentResults results;
  private final ProgrammeRules rules;
  private final ContentService content;

  ProfileShowAction(
      Profiles profiles, AssessmentResults results, ProgrammeRules rules, ContentService content) {
    this.profiles = profiles;
    this.results = results;
    this.rules = rules;
    this.content = content;
  }

  @Override
  public String name() {
    return "profile-show";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    turn.forget(ProfileAnswers.EDITING);
    Map<String, String> held = new LinkedHashMap<>(profiles.view(turn.address()));
    for (String field : Profiles.FIELDS) {
      String pending = turn.value(ProfileAnswers.PENDING + field);
      if (pending != null) {
        String value = profiles.open(field, pending);
        if (value.equals(held.get(field))) {
          turn.forget(ProfileAnswers.PENDING + field); // the store has it now
        }
        held.put(field, value);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(turn.text("profile.show.head"));
    for (String field : Profiles.FIELDS) {
      String value = held.get(field);
      lines.add(
          turn.text(
              "profile.show.line",
              Map.of(
                  "field",
                  turn.text("profile.field." + labelKey(field)),
                  "value",
                  value == null ? turn.text("profile.show.empty") : shown(turn, field, value))));
    }
    List<String> kinds = results.completedKinds(turn.address());
    lines.add(
        kinds.isEmpty()
            ? turn.text("profile.show.no-assessments")
            : turn.text(
                "profile.show.assessments",
                Map.of(
                    "kinds",
                    String.join(
                        ", ",
                        kinds.stream().map(k -> turn.text("profile.show.kind." + k)).toList()))));
    String parts = String.join("\n", lines);
    Eligibility.Priority priority =
        rules
            .eligibility()
            .evaluate(
                new Eligibility.Facts(
                    age(turn, held.get("birthYear")), held.get("income"), held.get("regency")))
            .priority();
    turn.reply(
        parts
            + "\n\n"
            + turn.text("profile.show.priority." + priority.name().toLowerCase())
            + "\n"
            + turn.text("profile.show.commands"),
        List.of());
    return Step.go(next);
  }

  private String shown(Turn turn, String field, String value) {
    return switch (field) {
      case "nickname" -> value;
      case "birthYear" ->
          turn.text("profile.show.years", Map.of("age", String.valueOf(age(turn, value))));
      case "regency" ->
          Regencies.of(content.current()).byCode(value).map(Regencies.Regency::label).orElse(value);
      case "gender", "education", "work", "income" -> turn.text("profile." + field + "." + value);
      default -> turn.text("profile.wg." + value);
    };
  }

  private static String labelKey(String field) {
    return field.equals("birthYear") ? "age" : field;
  }

  private static Integer age(Turn turn, String birthYear) {
    return birthYear == null ? null : turn.thisYear() - Integer.parseInt(birthYear);
  }
}
