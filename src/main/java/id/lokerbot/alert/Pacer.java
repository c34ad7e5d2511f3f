package id.lokerbot.alert;

import java.time.Instant;

/**
 * Sending permits per sender (one sender per channel: the Twilio SMS number, the WhatsApp number,
 * the Telegram bot), counted in fixed windows of the sender's rate: at most {@code rate} messages
 * per second (for rates below 1, one message per {@code 1/rate} seconds). In memory for one node;
 * in Redis ({@code lokerbot.store=redis}) shared by every node, so the total stays within the
 * provider's limit whatever the number of nodes.
 */
interface Pacer {

  /**
   * Takes up to {@code wanted} permits for a sender in the window of {@code now}.
   *
   * @return how many were granted (0 when the window's permits are gone)
   */
  int take(String sender, double rate, int wanted, Instant now);

  /** Returns permits taken at {@code now} but not used (nothing went out). */
  void giveBack(String sender, double rate, int unused, Instant now);

  /** A sender's window at {@code now}: its number and how many permits it holds. */
  record Window(long number, int permits, long seconds) {

    static Window of(double rate, Instant now) {
      long seconds = rate >= 1 ? 1 : (long) Math.ceil(1 / Math.max(rate, 0.001));
      int permits = (int) Math.max(1, Math.floor(rate * seconds));
      return new Window(now.getEpochSecond() / seconds, permits, seconds);
    }
  }
}
