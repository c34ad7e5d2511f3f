package id.lokerbot.referral;

import java.time.Instant;
import java.util.Set;

/**
 * A person agreed to be referred to a partner for a vacancy, after seeing exactly what would be
 * shared. Published by the conversation; the referral module stores the referral and delivers it.
 *
 * @param referralId chosen by the publisher, so a repeated event creates one referral only
 * @param address the person's address, where status changes are told
 * @param language the person's language
 * @param candidate what the person saw and agreed to share
 * @param shared the fields they agreed to share (the candidate is cut down to these)
 */
public record ReferralRequested(
    String referralId,
    String address,
    String language,
    String partnerId,
    String vacancyId,
    String vacancyTitle,
    Candidate candidate,
    Set<SharedField> shared,
    Instant at) {}
