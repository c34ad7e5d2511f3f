package id.lokerbot.content;

/**
 * A module's validation of the content it owns (flows, assessments, catalogue, …). Every check runs
 * at start-up and before a reload is accepted; any problem refuses the content.
 */
public interface ContentCheck {

  void check(Content content, Problems problems);

  /**
   * Messages that code uses by key (no flow names them) must exist in every language: one problem
   * per missing key and language, saying who needs it ({@code "the search uses it"}).
   */
  static void messagesExist(
      Content content, Problems problems, java.util.Collection<String> keys, String why) {
    for (String language : content.messages().languages()) {
      for (String key : keys) {
        if (!content.messages().has(language, key)) {
          problems.add(
              "messages/" + language + ".yaml", "messages." + key, "missing (" + why + ")");
        }
      }
    }
  }
}
