package id.lokerbot.conversation.referral;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.referral.Candidate;
import id.lokerbot.referral.ReferralRequested;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The person agreed: asks the referral module to refer them with exactly what they saw.
 *
 * <pre>{@code
 * - id: submit
 *   action: referral-submit
 *   next: main:menu
 * }</pre>
 */
@Component
class SubmitAction implements ActionHandler {

  private final Applying applying;

  SubmitAction(Applying applying) {
    this.applying = applying;
  }

  @Override
  public String name() {
    return "referral-submit";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    var partner = applying.partner(turn.value("referralPartner"));
    if (partner.isEmpty() || turn.value("vacancy") == null) {
      turn.say("referral.unavailable");
      Applying.forgetTemporary(turn);
      return Step.go(next);
    }
    Candidate candidate = applying.candidate(turn, partner.get());
    turn.publish(
        new ReferralRequested(
            UUID.randomUUID().toString(),
            turn.address(),
            turn.language(),
            partner.get().id(),
            turn.value("vacancy"),
            turn.value("referralVacancyTitle"),
            candidate,
            Applying.shared(candidate, partner.get()),
            turn.now()));
    turn.say("referral.submitted");
    Applying.forgetTemporary(turn);
    return Step.go(next);
  }
}
