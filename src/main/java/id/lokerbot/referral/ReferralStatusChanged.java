package id.lokerbot.referral;

import java.time.Instant;

/**
 * A partner (or staff) changed a referral's status; the person is told in their language.
 *
 * @param source {@code api:<partner>}, {@code chat:<partner>} or {@code staff}
 */
public record ReferralStatusChanged(
    String referralId,
    String partnerId,
    ReferralStatus status,
    String interviewAt,
    String place,
    String source,
    Instant at) {}
