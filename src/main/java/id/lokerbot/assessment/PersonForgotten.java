package id.lokerbot.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Everything we held about a person was deleted at their request; other modules drop what they keep
 * for this person and these addresses (dialogue state, read-model rows, subscriptions, …), keeping
 * at most anonymous counts. When it is published the youth, profile, results, consent ledger,
 * message log rows and the channels' rows of these addresses are already gone.
 *
 * @param person the youth id the person had, or null when they never consented (then only their
 *     address identified them)
 * @param addresses every address the person had
 * @param requestedFrom the address they asked from (its chat already forgot their answers)
 */
public record PersonForgotten(
    String person, List<String> addresses, String requestedFrom, Instant at) {}
