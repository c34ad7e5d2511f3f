package id.lokerbot.referral;

/**
 * A status change as a partner sends it ({@code POST /api/partner/referrals/{id}/status}).
 *
 * @param status received, interview_scheduled, hired, not_selected or no_show
 * @param interviewAt ISO-8601 date-time of the interview ({@code 2026-12-03T09:00:00+07:00}),
 *     required for interview_scheduled
 * @param place where the interview is, required for interview_scheduled
 * @param note a short note for programme staff (not shown to the person)
 */
public record StatusUpdate(String status, String interviewAt, String place, String note) {}
