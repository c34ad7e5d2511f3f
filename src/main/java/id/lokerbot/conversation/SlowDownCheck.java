package id.lokerbot.conversation;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import org.springframework.stereotype.Component;

/** The rate limiter's "slow down" reply must exist in every language. */
@Component
class SlowDownCheck implements ContentCheck {

  @Override
  public void check(Content content, Problems problems) {
    for (String language : content.messages().languages()) {
      if (!content.messages().has(language, Conversations.SLOW_DOWN)) {
        problems.add(
            "messages/" + language + ".yaml",
            "messages." + Conversations.SLOW_DOWN,
            "missing: the reply to people who write too fast");
      }
    }
  }
}
