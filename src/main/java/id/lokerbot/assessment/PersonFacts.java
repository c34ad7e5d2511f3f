package id.lokerbot.assessment;

/**
 * What the programme report counts a person by, derived from their profile: no answer text, and of
 * the functioning answers only the Washington Group flag. Null where the person did not answer.
 *
 * @param gender {@code female}, {@code male} or {@code other}
 * @param age in years, from the birth year
 * @param regency Kemendagri code
 * @param disability "a lot of difficulty" or "cannot do at all" in at least one domain
 * @param priority every programme eligibility rule met
 */
public record PersonFacts(
    String gender, Integer age, String regency, Boolean disability, boolean priority) {}
