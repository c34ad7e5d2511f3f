package id.lokerbot.conversation.consent;

import id.lokerbot.channel.Addresses;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.youth.ConsentAnswered;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells the youth module what the person answered to a consent question; it moves on at once.
 *
 * <pre>{@code
 * - id: record-consent
 *   action: record-consent
 *   with: { purpose: store-data, answer: "{consent}" }
 *   next: consent-answered
 * }</pre>
 *
 * Only {@code yes} and {@code no} are recorded; anything else (no answer yet) records nothing.
 */
@Component
class RecordConsentAction implements ActionHandler {

  @Override
  public String name() {
    return "record-consent";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String answer = params.getOrDefault("answer", "");
    if (answer.equals("yes") || answer.equals("no")) {
      turn.publish(
          new ConsentAnswered(
              turn.address(),
              params.getOrDefault("purpose", ConsentAnswered.STORE_DATA),
              answer.equals("yes"),
              Addresses.scheme(turn.address()),
              turn.language(),
              turn.now()));
    }
    return Step.go(next);
  }
}
