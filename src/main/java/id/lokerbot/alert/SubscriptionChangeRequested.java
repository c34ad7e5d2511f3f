package id.lokerbot.alert;

import java.time.Instant;

/**
 * A person paused, resumed or removed one of their subscriptions in the chat. Only the owner's own
 * subscriptions change.
 */
public record SubscriptionChangeRequested(
    String owner, long subscriptionId, Change change, Instant at) {

  public enum Change {
    PAUSE,
    RESUME,
    REMOVE
  }
}
