package id.lokerbot.conversation;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Engine;
import id.lokerbot.conversation.engine.FlowCompiler;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The engine for the content in force, compiled once per content version. */
@Component
class Engines {

  private record Compiled(long version, Engine engine) {}

  private final ContentService content;
  private final Map<String, ActionHandler> actions;
  private final Engine.Settings settings;
  private volatile Compiled compiled;

  Engines(
      ContentService content,
      ObjectProvider<ActionHandler> actions,
      ConversationProperties properties) {
    this.content = content;
    this.actions =
        actions.orderedStream().collect(Collectors.toMap(ActionHandler::name, Function.identity()));
    this.settings = new Engine.Settings(properties.idleTimeout(), properties.maxInputLength());
  }

  Engine current() {
    Content now = content.current();
    Compiled c = compiled;
    if (c == null || c.version() != now.version()) {
      // Content in force has passed validation, so compiling finds no problems here.
      var flows = new FlowCompiler(actions.keySet()).compile(now, new Problems());
      c = new Compiled(now.version(), new Engine(flows, now.messages(), actions, settings));
      compiled = c;
    }
    return c.engine();
  }
}
