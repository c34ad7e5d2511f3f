package id.lokerbot.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the subscription index, kept in step with the table: rebuilt when missing,
 * then caught up with every change (made here or on another node) before each match and every few
 * seconds.
 */
@Component
class SubscriptionMatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionMatcher.class);

  /**
   * Rows updated this recently are read again on every catch-up: a transaction that took its change
   * number before another but committed after it would otherwise be missed.
   */
  static final Duration LATE_COMMITS = Duration.ofSeconds(30);

  private final SubscriptionRepository repository;
  private final Clock clock;
  private final SubscriptionIndex index;

  /** Change numbers of recently re-read rows, so unchanged ones are not applied again. */
  private final Map<Long, Long> recent = new HashMap<>();

  private boolean ready;

  SubscriptionMatcher(SubscriptionRepository repository, Clock clock, AlertProperties properties) {
    this.repository = repository;
    this.clock = clock;
    this.index = new SubscriptionIndex(SubscriptionIndex.open(properties.indexDir()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    catchUp();
  }

  @Scheduled(
      fixedDelayString = "${lokerbot.alert.catch-up-interval:5s}",
      initialDelayString = "${lokerbot.alert.catch-up-interval:5s}")
  void scheduledCatchUp() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      log.warn("alert index catch-up failed; next try soon", e);
    }
  }

  /** The ids of the active subscriptions an offer satisfies, after catching up. */
  long[] match(String regency, String sector, Set<String> terms) {
    catchUp();
    return index.match(regency, sector, terms);
  }

  /** The active subscriptions an offer satisfies, with delivery details, after catching up. */
  List<SubscriptionIndex.Hit> hits(String regency, String sector, Set<String> terms) {
    catchUp();
    return index.hits(regency, sector, terms);
  }

  int size() {
    return index.size();
  }

  /** Rebuilds the index from the table (also when it is missing or from an older version). */
  synchronized void rebuild() {
    long started = System.nanoTime();
    long seq = repository.lastChange();
    index.clear();
    int[] count = {0};
    repository.eachActive(
        s -> {
          index.add(s);
          count[0]++;
        });
    index.optimize();
    index.commit(seq);
    recent.clear();
    ready = true;
    log.info(
        "alert index rebuilt: {} subscriptions in {} ms",
        count[0],
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Applies every subscription change the index has not seen yet. */
  synchronized void catchUp() {
    if (!ready && index.appliedSeq() < 0) {
      rebuild();
      return;
    }
    ready = true;
    long applied = index.appliedSeq();
    List<Subscription> changes =
        repository.changedSince(applied, clock.instant().minus(LATE_COMMITS));
    long max = applied;
    boolean changed = false;
    for (Subscription s : changes) {
      Long seen = recent.get(s.id());
      if (s.changeSeq() <= applied && seen != null && seen == s.changeSeq()) {
        continue;
      }
      index.apply(s);
      recent.put(s.id(), s.changeSeq());
      max = Math.max(max, s.changeSeq());
      changed = true;
    }
    if (recent.size() > 100_000) {
      recent.clear();
    }
    if (max > applied) {
      index.commit(max);
    } else if (changed) {
      index.refresh();
    }
  }

  @Override
  public void destroy() throws IOException {
    index.close();
  }
}
