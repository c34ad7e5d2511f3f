package id.lokerbot.conversation.link;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.youth.LinkCodes;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * HUBUNGKAN, first phone: gives a one-time code (six digits, ten minutes) to type in the other
 * chat.
 *
 * <pre>{@code
 * - id: issue
 *   action: link-issue
 *   next: main:menu
 * }</pre>
 */
@Component
class LinkIssueAction implements ActionHandler {

  private final LinkCodes codes;

  LinkIssueAction(LinkCodes codes) {
    this.codes = codes;
  }

  @Override
  public String name() {
    return "link-issue";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String code = codes.issue(turn.address(), turn.now());
    turn.say(
        "link.code", Map.of("code", code, "minutes", String.valueOf(LinkCodes.VALID.toMinutes())));
    return Step.go(next);
  }
}
