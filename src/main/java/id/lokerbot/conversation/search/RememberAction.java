package id.lokerbot.conversation.search;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Saves values and moves on: {@code { action: remember, with: { searchWhat: "{typedText}" } }}
 * keeps what someone typed at a menu under a name the next steps use.
 */
@Component
class RememberAction implements ActionHandler {

  @Override
  public String name() {
    return "remember";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    params.forEach(turn::save);
    return Step.go(next);
  }
}
