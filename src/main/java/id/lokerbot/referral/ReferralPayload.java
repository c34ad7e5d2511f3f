package id.lokerbot.referral;

import java.time.Instant;

/**
 * The JSON body of a webhook delivery, and the whole of what a partner receives.
 *
 * <pre>{@code
 * {"referralId":"6f1c…","partnerId":"sample-retail","vacancyId":"sample-v-0006",
 *  "vacancyTitle":"Crew Store (Pramuniaga)","createdAt":"2026-11-28T02:00:05Z",
 *  "candidate":{"name":"Sari","age":21,"regency":"Kabupaten Banyumas",
 *               "education":"SMA / SMK / sederajat","contact":"+6281200000001"}}
 * }</pre>
 *
 * @param referralId also the {@code Idempotency-Key} header: the same on every attempt
 */
public record ReferralPayload(
    String referralId,
    String partnerId,
    String vacancyId,
    String vacancyTitle,
    Instant createdAt,
    Candidate candidate) {}
