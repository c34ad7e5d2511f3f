package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the answer the previous question left in {@code profileValue} ("skip" keeps nothing). An
 * age is kept as a birth year, so it stays right as years pass.
 *
 * <pre>{@code
 * - id: s-gender
 *   action: profile-save
 *   with: { field: gender, done: show }
 *   next: q-regency
 * }</pre>
 */
@Component
class ProfileSaveAction implements ActionHandler {

  private final Profiles profiles;

  ProfileSaveAction(Profiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public String name() {
    return "profile-save";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String field = params.get("field");
    String value = turn.value(ProfileAnswers.VALUE);
    turn.forget(ProfileAnswers.VALUE);
    if (value != null && !value.equals("skip")) {
      if (field.equals("birthYear")) {
        value = birthYear(value, turn);
      }
      ProfileAnswers.keep(turn, profiles, field, value);
    }
    return ProfileAnswers.after(turn, params, field, next);
  }

  /** "21" (an age) or "2004" (a year) as a birth year. */
  static String birthYear(String answer, Turn turn) {
    int number = Integer.parseInt(answer.strip());
    return String.valueOf(number >= 1900 ? number : turn.thisYear() - number);
  }
}
