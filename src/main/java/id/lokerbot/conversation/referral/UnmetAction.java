package id.lokerbot.conversation.referral;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Says kindly which requirement is not met, then suggests trainings and other vacancies; with
 * {@code with: { say: key }} it says that instead. Either way the application in progress ends.
 *
 * <pre>{@code
 * - id: unmet
 *   action: referral-unmet
 *   next: main:menu
 * }</pre>
 */
@Component
class UnmetAction implements ActionHandler {

  @Override
  public String name() {
    return "referral-unmet";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    if (params.containsKey("say")) {
      turn.say(params.get("say")); // e.g. consent declined: no suggestions needed
    } else {
      String unmet = turn.value("referralUnmet");
      turn.say("referral.unmet." + (unmet == null ? "other" : unmet));
      turn.say("referral.unmet.suggest");
    }
    Applying.forgetTemporary(turn);
    return Step.go(next);
  }
}
