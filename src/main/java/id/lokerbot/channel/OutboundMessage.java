package id.lokerbot.channel;

import java.util.List;

/**
 * One message to a person. Channels render choices their own way: buttons, a list, or numbered
 * lines of text (see {@link PlainText}).
 *
 * @param address who receives it
 * @param text the message, without the choices
 * @param choices what the person can answer with, possibly none
 * @param logId its {@link MessageLog} row when the conversation already logged it (the sender then
 *     updates that row instead of writing another), or null
 * @param language the language it is written in, when known (channels use it for the few words they
 *     add themselves, such as a list's button); null = the default language
 */
public record OutboundMessage(
    String address, String text, List<Choice> choices, Long logId, String language) {

  public OutboundMessage {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public OutboundMessage(String address, String text, List<Choice> choices, Long logId) {
    this(address, text, choices, logId, null);
  }

  public OutboundMessage(String address, String text, List<Choice> choices) {
    this(address, text, choices, null, null);
  }

  public OutboundMessage(String address, String text) {
    this(address, text, List.of(), null, null);
  }

  public OutboundMessage withLogId(Long id) {
    return new OutboundMessage(address, text, choices, id, language);
  }
}
