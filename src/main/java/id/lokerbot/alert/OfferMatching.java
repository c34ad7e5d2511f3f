package id.lokerbot.alert;

import id.lokerbot.catalog.OfferPublished;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Matches each new offer against every subscription and queues one delivery per person. Runs from
 * the event publication of the offer (after its transaction commits, on the node that published it,
 * once; an unfinished run is republished after a restart and the queue's unique key makes the
 * second run add nothing twice).
 */
@Component
class OfferMatching {

  private static final Logger log = LoggerFactory.getLogger(OfferMatching.class);

  private final Terms terms;
  private final SubscriptionMatcher matcher;
  private final DeliveryQueue queue;
  private final Schedule schedule;
  private final Clock clock;

  OfferMatching(
      Terms terms,
      SubscriptionMatcher matcher,
      DeliveryQueue queue,
      AlertProperties properties,
      Clock clock) {
    this.terms = terms;
    this.matcher = matcher;
    this.queue = queue;
    this.schedule = Schedule.of(properties);
    this.clock = clock;
  }

  /** What one run did. */
  record Outcome(int matched, int people, int queued) {}

  /** A vacancy or training opened in the catalogue. */
  @ApplicationModuleListener
  void on(OfferPublished published) {
    on(
        new NewOffer(
            published.id(),
            published.kind().code(),
            published.title(),
            published.regency(),
            published.sector(),
            published.text(),
            published.at()));
  }

  @ApplicationModuleListener
  void on(NewOffer offer) {
    Outcome outcome = match(offer);
    log.info(
        "offer {} matched {} subscriptions of {} people; {} alerts queued",
        offer.key(),
        outcome.matched(),
        outcome.people(),
        outcome.queued());
  }

  Outcome match(NewOffer offer) {
    Instant now = clock.instant();
    Set<String> offerTerms = terms.offer(offer.title(), offer.text());
    List<SubscriptionIndex.Hit> hits = matcher.hits(offer.regency(), offer.sector(), offerTerms);
    queue.offer(offer, hits.size(), now);
    Map<String, DeliveryQueue.Row> byPerson = new HashMap<>();
    for (SubscriptionIndex.Hit hit : hits) {
      byPerson.merge(hit.person(), row(hit, now), OfferMatching::better);
    }
    List<DeliveryQueue.Row> rows = new ArrayList<>(byPerson.values());
    int queued = queue.enqueue(offer.key(), rows, now);
    return new Outcome(hits.size(), byPerson.size(), queued);
  }

  private DeliveryQueue.Row row(SubscriptionIndex.Hit s, Instant now) {
    return new DeliveryQueue.Row(
        s.person(),
        s.id(),
        s.deliverTo(),
        SubscriptionRepository.scheme(s.deliverTo()),
        s.language(),
        s.frequency() == Frequency.INSTANT ? Delivery.INSTANT : Delivery.DIGEST,
        s.score(),
        schedule.due(s.frequency(), s.digestHour(), now));
  }

  /** Of two subscriptions of one person, the one that delivers sooner (then the more specific). */
  private static DeliveryQueue.Row better(DeliveryQueue.Row a, DeliveryQueue.Row b) {
    int due = a.dueAt().compareTo(b.dueAt());
    if (due != 0) {
      return due < 0 ? a : b;
    }
    if (a.score() != b.score()) {
      return a.score() > b.score() ? a : b;
    }
    return a.subscriptionId() <= b.subscriptionId() ? a : b;
  }
}
