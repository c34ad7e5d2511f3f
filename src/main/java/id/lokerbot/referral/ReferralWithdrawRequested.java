package id.lokerbot.referral;

import java.time.Instant;

/** The person asked to withdraw a referral (and their consent for its partner). */
public record ReferralWithdrawRequested(String address, String referralId, Instant at) {}
