package id.lokerbot.channel;

import java.time.Instant;

/**
 * One message from a person, whatever the channel.
 *
 * @param address who sent it, with a scheme: {@code telegram:123}, {@code whatsapp:+62812…}, {@code
 *     sim:alice}
 * @param text what they typed (may be empty when they pressed a button)
 * @param choice the id of the button they pressed, or null
 * @param providerMessageId the provider's id for dedupe (update id, MessageSid), or null
 * @param receivedAt when we received it
 */
public record InboundMessage(
    String address, String text, String choice, String providerMessageId, Instant receivedAt) {

  /** The simulator's scheme: its HTTP answer carries the replies. */
  public static final String SIMULATOR = "sim";

  public InboundMessage {
    if (address == null || address.indexOf(':') <= 0) {
      throw new IllegalArgumentException("address needs a scheme, like sim:alice");
    }
    text = text == null ? "" : text;
  }

  /** The channel part of the address: {@code telegram}, {@code whatsapp}, {@code sms}, … */
  public String channel() {
    return Addresses.scheme(address);
  }

  /**
   * Whether the replies go back in the answer to this very request (the simulator), so they are
   * sent as soon as they are logged, with no delivery step after.
   */
  public boolean answeredInResponse() {
    return SIMULATOR.equals(channel());
  }
}
