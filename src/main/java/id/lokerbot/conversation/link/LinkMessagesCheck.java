package id.lokerbot.conversation.link;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import java.util.List;
import org.springframework.stereotype.Component;

/** The messages the link actions use (not named in any flow) must exist in every language. */
@Component
class LinkMessagesCheck implements ContentCheck {

  static final List<String> KEYS =
      List.of("link.code", "link.invalid", "link.own", "link.too-many");

  @Override
  public void check(Content content, Problems problems) {
    ContentCheck.messagesExist(content, problems, KEYS, "the link actions use it");
  }
}
