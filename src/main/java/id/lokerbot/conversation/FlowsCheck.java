package id.lokerbot.conversation;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.FlowCompiler;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Validates the flows (and the messages they use) whenever content loads. */
@Component
class FlowsCheck implements ContentCheck {

  private final List<ActionHandler> actions;

  FlowsCheck(ObjectProvider<ActionHandler> actions) {
    this.actions = actions.orderedStream().toList();
  }

  @Override
  public void check(Content content, Problems problems) {
    new FlowCompiler(actions.stream().map(ActionHandler::name).collect(Collectors.toSet()))
        .compile(content, problems);
  }
}
