package id.lokerbot.conversation;

/**
 * Counts messages per address in clock minutes, so one person (or a loop between two bots) cannot
 * flood the service.
 */
public interface RateLimiter {

  /** What to do with one more message from an address. */
  enum Decision {
    /** Within the limit: handle it. */
    ALLOW,
    /** The first message over the limit this minute: answer once with a polite "slow down". */
    WARN,
    /** Further messages over the limit: drop them silently. */
    DROP
  }

  /** Counts the message and decides. */
  Decision admit(String address);

  /** The decision for the {@code count}-th message in a minute, with {@code limit} allowed. */
  static Decision decide(long count, int limit) {
    if (count <= limit) {
      return Decision.ALLOW;
    }
    return count == limit + 1L ? Decision.WARN : Decision.DROP;
  }
}
