package id.lokerbot.channel;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Remembers which provider messages were already handled, so a redelivered webhook (Telegram
 * retries, Twilio retries) gets 200 and nothing else.
 *
 * <p>Use: {@code firstTime} before handling; {@code done} after handling succeeded; {@code release}
 * when handling failed, so the provider's retry is handled. A claim that is neither done nor
 * released (the node died) lapses after a short time.
 */
public interface InboundDedupe {

  /**
   * Claims a provider message id for a channel.
   *
   * @return true the first time, false when the same id was handled before (within the keep time)
   * @throws id.lokerbot.platform.TryLaterException while the same id is still being handled
   *     elsewhere: its outcome is not known yet, so the provider should deliver it again later
   */
  boolean firstTime(String channel, String providerMessageId);

  /**
   * {@link #firstTime}, sent without waiting for the answer, so that the caller can send more
   * commands behind it and wait once for all (the turn's start, in one round trip with the claim).
   * The future fails as {@code firstTime} throws. In-process stores answer at once.
   */
  default CompletableFuture<Boolean> startFirstTime(String channel, String providerMessageId) {
    try {
      return CompletableFuture.completedFuture(firstTime(channel, providerMessageId));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Runs {@code handling} the first time the id is seen, empty (and not run) for a repeat; when it
   * fails the claim is given back so the provider's retry is handled. The caller still confirms the
   * claim with {@link #done} once the replies are on their way.
   *
   * @throws id.lokerbot.platform.TryLaterException as {@link #firstTime}
   */
  default <T> Optional<T> firstTimeOnly(
      String channel, String providerMessageId, Supplier<T> handling) {
    if (!firstTime(channel, providerMessageId)) {
      return Optional.empty();
    }
    try {
      return Optional.of(handling.get());
    } catch (RuntimeException e) {
      release(channel, providerMessageId);
      throw e;
    }
  }

  /**
   * Confirms a claim once the message was handled; keeps it for the full keep time. Never throws.
   */
  default void done(String channel, String providerMessageId) {}

  /** Gives a claim back when handling failed, so a retry is handled. Never throws. */
  void release(String channel, String providerMessageId);
}
