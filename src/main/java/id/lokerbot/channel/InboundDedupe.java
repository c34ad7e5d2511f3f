package id.lokerbot.channel;

/**
 * Remembers which provider messages were already handled, so a redelivered webhook (Telegram
 * retries, Twilio retries) gets 200 and nothing else.
 */
public interface InboundDedupe {

  /**
   * Claims a provider message id for a channel.
   *
   * @return true the first time, false when the same id was claimed before (within the keep time)
   */
  boolean firstTime(String channel, String providerMessageId);

  /** Gives a claim back when handling failed before anything was sent, so a retry is handled. */
  void release(String channel, String providerMessageId);
}
