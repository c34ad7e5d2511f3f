package id.lokerbot.conversation.assessment;

import id.lokerbot.assessment.chat.Instruments;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Forgets the answers of one check so it starts again from the first question (ULANG inside the
 * check, or "start again" in the assessment menu).
 *
 * <pre>{@code
 * - id: interest-again
 *   action: assessment-reset
 *   with: { kind: interest }
 *   next: interest
 * }</pre>
 */
@Component
class AssessmentResetAction implements ActionHandler {

  private final Instruments instruments;

  AssessmentResetAction(Instruments instruments) {
    this.instruments = instruments;
  }

  @Override
  public String name() {
    return "assessment-reset";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String kind = params.get("kind");
    if (turn.value(Progress.answersKey(kind)) != null) {
      turn.say("assessment.restarted");
    }
    Progress.clear(turn, kind, instruments::get);
    return Step.go(next);
  }
}
