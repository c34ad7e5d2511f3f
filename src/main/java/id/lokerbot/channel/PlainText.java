package id.lokerbot.channel;

import java.util.stream.Collectors;

/** Renders a message as plain text with numbered choices, as SMS or WhatsApp without buttons. */
public final class PlainText {

  private PlainText() {}

  public static String render(OutboundMessage message) {
    if (message.choices().isEmpty()) {
      return message.text();
    }
    return message.text()
        + "\n"
        + message.choices().stream()
            .map(c -> c.id() + ". " + c.label())
            .collect(Collectors.joining("\n"));
  }
}
