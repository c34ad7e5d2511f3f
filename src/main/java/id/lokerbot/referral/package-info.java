/**
 * Refers qualified candidates to partner recruiters and follows each referral to placement:
 * partners from {@code content/partners/}, the referral outbox and its delivery (signed webhook or
 * the recruiter's Telegram chat), the partner status API and the staff API.
 *
 * <p>It uses the assessment module's base package only to hear {@code PersonForgotten} (never its
 * {@code chat} interface: interest scores never reach this module).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"content", "channel", "assessment", "platform"})
package id.lokerbot.referral;
