package id.lokerbot.conversation.profile;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts filling in the whole profile: every question in turn, not a single UBAH edit. */
@Component
class ProfileBeginAction implements ActionHandler {

  @Override
  public String name() {
    return "profile-begin";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    turn.forget(ProfileAnswers.EDITING);
    return Step.go(next);
  }
}
