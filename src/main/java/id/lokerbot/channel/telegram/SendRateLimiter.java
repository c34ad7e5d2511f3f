package id.lokerbot.channel.telegram;

import java.util.function.LongSupplier;

/**
 * Spaces sends evenly: at most {@code perSecond} a second over all chats, with no burst (Telegram
 * answers bursts above about 30/s with 429s). Each caller reserves the next free slot and waits
 * until it comes, so callers are served in the order they asked.
 */
final class SendRateLimiter {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private long nextFree;

  SendRateLimiter(int perSecond, LongSupplier nanoTime) {
    this.intervalNanos = 1_000_000_000L / Math.max(1, perSecond);
    this.nanoTime = nanoTime;
    this.nextFree = nanoTime.getAsLong();
  }

  /** Reserves a slot; returns how many nanoseconds to wait before using it (0: now). */
  synchronized long reserve() {
    long now = nanoTime.getAsLong();
    if (nextFree - now < 0) {
      nextFree = now;
    }
    long wait = nextFree - now;
    nextFree += intervalNanos;
    return wait;
  }
}
