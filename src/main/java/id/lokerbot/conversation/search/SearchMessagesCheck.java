package id.lokerbot.conversation.search;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import org.springframework.stereotype.Component;

/** The search actions build their texts from message keys: every language must have them. */
@Component
class SearchMessagesCheck implements ContentCheck {

  @Override
  public void check(Content content, Problems problems) {
    ContentCheck.messagesExist(content, problems, SearchAction.MESSAGES, "the search uses it");
  }
}
