package id.lokerbot.conversation.referral;

import java.util.Optional;

/**
 * The person's work-readiness summary in plain words, in their language, when they have one ({@link
 * ReadinessFromAssessment}, from the assessment's readiness summary). Never interest results.
 */
interface ReadinessSource {

  Optional<String> summary(String address, String language);
}
