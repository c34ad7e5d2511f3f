package id.lokerbot.conversation.referral;

import java.util.Optional;

/**
 * The person's work-readiness summary in plain words, in their language, when they have one: the
 * assessment (issue 7) implements it. Never interest results.
 */
public interface ReadinessSource {

  Optional<String> summary(String address, String language);
}
