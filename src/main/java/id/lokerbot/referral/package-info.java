/**
 * Refers qualified candidates to partner recruiters and follows each referral to placement:
 * partners from {@code content/partners/}, the referral outbox and its delivery (signed webhook or
 * the recruiter's Telegram chat), the partner status API and the staff API.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"content", "channel", "platform"})
package id.lokerbot.referral;
