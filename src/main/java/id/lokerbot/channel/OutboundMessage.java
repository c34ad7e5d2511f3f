package id.lokerbot.channel;

import java.util.List;

/**
 * One message to a person. Channels render choices their own way: buttons, a list, or numbered
 * lines of text (see {@link PlainText}).
 *
 * @param address who receives it
 * @param text the message, without the choices
 * @param choices what the person can answer with, possibly none
 */
public record OutboundMessage(String address, String text, List<Choice> choices) {

  public OutboundMessage {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public OutboundMessage(String address, String text) {
    this(address, text, List.of());
  }
}
