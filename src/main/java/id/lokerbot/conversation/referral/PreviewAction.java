package id.lokerbot.conversation.referral;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Shows exactly what will be shared with which recruiter, line by line, before consent is asked.
 *
 * <pre>{@code
 * - id: preview
 *   action: referral-preview
 *   next: consent
 * }</pre>
 */
@Component
class PreviewAction implements ActionHandler {

  private final Applying applying;

  PreviewAction(Applying applying) {
    this.applying = applying;
  }

  @Override
  public String name() {
    return "referral-preview";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    var partner = applying.partner(turn.value("referralPartner"));
    if (partner.isEmpty()) {
      turn.say("referral.unavailable");
      return Step.go("main:menu");
    }
    String lines = Applying.lines(turn, applying.candidate(turn, partner.get()));
    turn.say("referral.preview", Map.of("lines", lines));
    return Step.go(next);
  }
}
