package id.lokerbot.conversation.alert;

import id.lokerbot.alert.Alerts;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Looks at the keywords the person typed as matching will: says when only the first few are kept,
 * or when the words are so common that they filter nothing.
 */
@Component
class AlertKeywords implements ActionHandler {

  private final Alerts alerts;

  AlertKeywords(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String name() {
    return "alert-keywords";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String text = turn.value(AlertValues.KEYWORDS);
    if (text == null || text.isBlank()) {
      turn.forget(AlertValues.KEYWORDS);
      return Step.go(next);
    }
    int terms = alerts.keywords(text).size();
    if (terms == 0) {
      turn.forget(AlertValues.KEYWORDS);
      turn.say("alert.keywords.common");
    } else if (terms > alerts.maxKeywords()) {
      turn.say("alert.keywords.too-many", Map.of("max", String.valueOf(alerts.maxKeywords())));
    }
    return Step.go(next);
  }
}
