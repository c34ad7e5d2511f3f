package id.lokerbot.referral;

import java.time.Instant;

/**
 * A referral was stored; published in the same transaction, so its first delivery attempt is not
 * lost when the application stops right after.
 */
public record ReferralCreated(String referralId, String partnerId, Instant at) {}
