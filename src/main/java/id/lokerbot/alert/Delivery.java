package id.lokerbot.alert;

import java.time.Instant;

/** One row of the delivery queue with what is needed to write the alert. */
record Delivery(
    long id,
    String person,
    String offerKey,
    long subscriptionId,
    String deliverTo,
    String channel,
    String language,
    String kind,
    int score,
    Instant dueAt,
    String title,
    String offerKind,
    String regency,
    Instant publishedAt) {

  static final String INSTANT = "instant";
  static final String DIGEST = "digest";

  boolean digest() {
    return DIGEST.equals(kind);
  }
}
