package id.lokerbot.platform;

import java.time.Duration;

/**
 * The request cannot be handled right now but may succeed when repeated (a store is briefly
 * unavailable, or the same message is still being handled). Answered with 503 and {@code
 * Retry-After}, so providers deliver it again later.
 */
public class TryLaterException extends RuntimeException {

  private final Duration retryAfter;

  public TryLaterException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public TryLaterException(String message) {
    this(message, Duration.ofSeconds(1));
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
