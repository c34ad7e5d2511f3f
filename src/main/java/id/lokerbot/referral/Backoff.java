package id.lokerbot.referral;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after attempt n the wait is {@code first × 2^(n-1)}, capped at
 * {@code max}, then scaled by a random factor in [0.5, 1) so partners that come back up are not hit
 * by every queued referral at the same moment.
 */
record Backoff(Duration first, Duration max, RandomGenerator random) {

  Duration after(int attempt) {
    long firstMs = first.toMillis();
    long maxMs = max.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long base = firstMs > (maxMs >> shift) ? maxMs : Math.min(maxMs, firstMs << shift);
    double factor = 0.5 + 0.5 * random.nextDouble();
    return Duration.ofMillis(Math.max(1, (long) (base * factor)));
  }
}
