package id.lokerbot.channel.twilio;

import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.OutboundMessage;

/** The sender for one Twilio channel ({@code whatsapp} or {@code sms}). */
record TwilioSender(String scheme, TwilioOutbox outbox) implements ChannelSender {

  @Override
  public void send(OutboundMessage message) {
    outbox.send(message);
  }
}
