package id.lokerbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared check behind every module's "messages the code uses" check. */
class MessagesExistTests {

  @Test
  void aKeyMissingInALanguageIsAProblemThatSaysWhoNeedsIt() {
    Messages messages =
        new Messages(
            Map.of(
                "id", Map.of("search.none", "Tidak ada.", "search.more", "Lagi"),
                "en", Map.of("search.none", "None.")),
            "id");
    Problems problems = new Problems();
    ContentCheck.messagesExist(
        new Content(1, Map.of(), messages),
        problems,
        List.of("search.none", "search.more"),
        "the search uses it");
    assertThat(problems.list())
        .containsExactly("messages/en.yaml:messages.search.more: missing (the search uses it)");
  }
}
