package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.chat.DataDeletionRequested;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * HAPUS DATA, after the person confirmed: the records go (profile, results, addresses, consents;
 * see the assessment module) and the dialogue forgets their answers. The language stays so we can
 * still talk; the STOP preference stays so we keep not messaging them.
 */
@Component
class ProfileDeleteAction implements ActionHandler {

  static final List<String> FORGOTTEN =
      List.of(
          "consent",
          "assessmentKind",
          "assessmentDone",
          "assessmentTotal",
          "interestAnswers",
          "readinessAnswers",
          "interestTop",
          "interestNames",
          "interestPrefer",
          "readinessLookup",
          "profileRegency",
          "searchHome",
          "typedText",
          ProfileAnswers.VALUE,
          ProfileAnswers.EDITING);

  @Override
  public String name() {
    return "profile-delete";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    turn.publish(new DataDeletionRequested(turn.address(), turn.now()));
    FORGOTTEN.forEach(turn::forget);
    Profiles.FIELDS.forEach(f -> turn.forget(ProfileAnswers.PENDING + f));
    return Step.go(next);
  }
}
