package id.lokerbot.referral;

/**
 * A training partner's report on a referral ({@code POST /api/partner/trainings/{id}/status}).
 *
 * @param status {@code enrolled} or {@code completed}
 */
public record TrainingUpdate(String status) {}
