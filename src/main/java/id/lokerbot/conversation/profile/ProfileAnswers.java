package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.chat.ProfileAnswered;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;

/**
 * Shared by the profile actions: keeping one answer and finishing an UBAH edit. The answer goes to
 * the profile store as an event (only with consent), and, sealed, into the dialogue values until
 * the store has it, so PROFIL in the same turn already shows it.
 */
final class ProfileAnswers {

  /** Where an Ask or Input node of the profile flow leaves its answer. */
  static final String VALUE = "profileValue";

  /** The field being changed through UBAH; absent while filling in the whole profile. */
  static final String EDITING = "profileEdit";

  static final String PENDING = "profile.";

  private ProfileAnswers() {}

  static void keep(Turn turn, Profiles profiles, String field, String value) {
    String sealed = profiles.seal(field, value);
    if ("yes".equals(turn.value("consent"))) {
      turn.publish(new ProfileAnswered(turn.address(), field, sealed, turn.now()));
      turn.save(PENDING + field, sealed);
    }
  }

  /**
   * After an answer: back to PROFIL when an UBAH edit of this field (or group) ends here, else on
   * through the questions.
   */
  static Step after(Turn turn, Map<String, String> params, String field, String next) {
    String editing = turn.value(EDITING);
    if (editing != null && editing.equals(params.getOrDefault("endsEdit", field))) {
      turn.forget(EDITING);
      turn.say("profile.saved");
      return Step.go(params.get("done"));
    }
    return Step.go(next);
  }
}
