package id.lokerbot.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Everything we held about a person was deleted at their request; other modules drop what they keep
 * for these addresses (dialogue state, subscriptions, …).
 *
 * @param addresses every address the person had
 * @param requestedFrom the address they asked from (its chat already forgot their answers)
 * @param personId their youth id (no longer in any table), null when they had none
 * @param facts what the programme report counted them by, derived before the profile went (null
 *     without a profile), so the anonymous count keeps its splits
 */
public record PersonForgotten(
    List<String> addresses, String requestedFrom, Instant at, String personId, PersonFacts facts) {}
