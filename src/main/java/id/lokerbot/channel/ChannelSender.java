package id.lokerbot.channel;

/**
 * Sends messages on one channel (one address scheme). Each provider package implements it; the
 * {@link Messenger} picks the sender by the address's scheme.
 */
public interface ChannelSender {

  /** The address scheme this sender serves: {@code telegram}, {@code whatsapp}, {@code sms}. */
  String scheme();

  /**
   * Sends one message, or queues it to be sent in order for that address. Must not throw for
   * provider failures: a failure is recorded and retried where that is safe.
   */
  void send(OutboundMessage message);
}
