package id.lokerbot.referral;

import java.time.Instant;

/**
 * One of a person's referrals, for "LAMARAN SAYA".
 *
 * @param interviewAt the interview time as the partner gave it, when scheduled
 * @param place the interview place, when scheduled
 */
public record ReferralSummary(
    String id,
    String partnerId,
    String partnerName,
    String vacancyTitle,
    ReferralStatus status,
    Instant statusAt,
    String interviewAt,
    String place,
    Instant createdAt) {}
