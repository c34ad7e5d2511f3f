package id.lokerbot.conversation.engine;

/**
 * What the person sent to a waiting node.
 *
 * @param text their text, cleaned of control characters and trimmed
 * @param choice the id of a pressed button, or null
 */
public record Answer(String text, String choice) {

  public boolean isBlank() {
    return text.isBlank() && (choice == null || choice.isBlank());
  }
}
