package id.lokerbot.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Everything we held about a person was deleted at their request; other modules drop what they keep
 * for this person and these addresses (dialogue state, read-model rows, subscriptions, …), keeping
 * at most anonymous counts. When it is published the youth, profile, results, consent ledger,
 * message log rows and the channels' rows of these addresses are already gone.
 *
 * @param addresses every address the person had
 * @param requestedFrom the address they asked from (its chat already forgot their answers)
 * @param personId their youth id (no longer in any table; read models may be keyed by it), null
 *     when they never consented (then only their address identified them)
 * @param facts what the programme report counted them by, derived before the profile went (null
 *     without a profile), so the anonymous count keeps its splits
 */
public record PersonForgotten(
    List<String> addresses, String requestedFrom, Instant at, String personId, PersonFacts facts) {

  public PersonForgotten {
    addresses = List.copyOf(addresses);
  }

  /** A person known only by addresses. */
  public PersonForgotten(List<String> addresses, String requestedFrom, Instant at) {
    this(addresses, requestedFrom, at, null, null);
  }
}
