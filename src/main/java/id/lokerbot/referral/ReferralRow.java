package id.lokerbot.referral;

import java.time.Instant;

/** One {@code referral} row. */
record ReferralRow(
    String id,
    String partnerId,
    String vacancyId,
    String vacancyTitle,
    String address,
    String language,
    Integer candidateAge,
    String payload,
    ReferralStatus status,
    Instant statusAt,
    String delivery,
    int attempts,
    Instant nextAttemptAt,
    Instant giveUpAt,
    String lastError,
    Instant deliveredAt,
    Instant createdAt) {

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  static final String REJECTED = "rejected";
  static final String FAILED = "failed";
  static final String WITHDRAWN = "withdrawn";

  /** The address of a referral whose person deleted their data: nobody to tell. */
  static final String FORGOTTEN = "forgotten";
}
