package id.lokerbot.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Everything we held about a person was deleted at their request; other modules drop what they keep
 * for these addresses (dialogue state, subscriptions, …).
 *
 * @param addresses every address the person had
 * @param requestedFrom the address they asked from (its chat already forgot their answers)
 */
public record PersonForgotten(List<String> addresses, String requestedFrom, Instant at) {}
