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
  private static final int CHUNK = 1000;

  private final Terms terms;
  private final SubscriptionMatcher matcher;
  private final SubscriptionRepository subscriptions;
  private final DeliveryQueue queue;
  private final Schedule schedule;
  private final Clock clock;

  OfferMatching(
      Terms terms,
      SubscriptionMatcher matcher,
      SubscriptionRepository subscriptions,
      DeliveryQueue queue,
      AlertProperties properties,
      Clock clock) {
    this.terms = terms;
    this.matcher = matcher;
    this.subscriptions = subscriptions;
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
    long[] ids = matcher.match(offer.regency(), offer.sector(), offerTerms);
    queue.offer(offer, ids.length, now);
    Map<String, DeliveryQueue.Row> byPerson = new HashMap<>();
    for (int from = 0; from < ids.length; from += CHUNK) {
      List<Long> chunk = new ArrayList<>(Math.min(CHUNK, ids.length - from));
      for (int i = from; i < Math.min(ids.length, from + CHUNK); i++) {
        chunk.add(ids[i]);
      }
      for (Subscription s : subscriptions.activeAmong(chunk)) {
        DeliveryQueue.Row row = row(s, now);
        byPerson.merge(s.person(), row, OfferMatching::better);
      }
    }
    List<DeliveryQueue.Row> rows = new ArrayList<>(byPerson.values());
    int queued = queue.enqueue(offer.key(), rows, now);
    return new Outcome(ids.length, byPerson.size(), queued);
  }

  private DeliveryQueue.Row row(Subscription s, Instant now) {
    return new DeliveryQueue.Row(
        s.person(),
        s.id(),
        s.deliverTo(),
        s.channel(),
        s.language(),
        s.frequency() == Frequency.INSTANT ? Delivery.INSTANT : Delivery.DIGEST,
        s.keywords().size(),
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
