package id.lokerbot.assessment;

import java.time.Instant;

/**
 * A person who consented to a profile answered one of its {@link ProfileFacts#FIELDS} outside the
 * profile questions (while applying for a vacancy): it is kept in their profile, so it is not asked
 * again. Publish it only when the person agreed that we keep their answers.
 *
 * @param field {@code birthYear}, {@code regency} (a Kemendagri code) or {@code education}
 */
public record ProfileFactGiven(String address, String field, String value, Instant at) {}
