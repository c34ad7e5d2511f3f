package id.lokerbot.alert;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due alerts from the queue, paced per sender (one per channel) by the {@link Pacer}: across
 * every node when the store is Redis. Each row is claimed with a conditional update, so with
 * several nodes each row is sent by one. Before sending: quiet hours (deferred to their end), the
 * stop list ({@link Messenger#notify}), and the daily cap (instant alerts over it wait for the
 * person's next digest).
 */
@Component
class DeliveryWorker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  static final List<String> CHANNELS = List.of("sms", "whatsapp", "telegram");

  private final DeliveryQueue queue;
  private final SubscriptionRepository subscriptions;
  private final AlertTexts texts;
  private final Messenger messenger;
  private final OptOuts optOuts;
  private final AlertProperties properties;
  private final Schedule schedule;
  private final Clock clock;
  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong claims = new AtomicLong();
  private final Pacer pacer;

  /** Provider limits count real seconds: a test clock standing still must not stop sending. */
  private final Clock wallClock = Clock.systemUTC();

  private final ReentrantLock running = new ReentrantLock();
  private volatile boolean stopping;

  DeliveryWorker(
      DeliveryQueue queue,
      SubscriptionRepository subscriptions,
      AlertTexts texts,
      Messenger messenger,
      OptOuts optOuts,
      AlertProperties properties,
      Pacer pacer,
      Clock clock) {
    this.pacer = pacer;
    this.queue = queue;
    this.subscriptions = subscriptions;
    this.texts = texts;
    this.messenger = messenger;
    this.optOuts = optOuts;
    this.properties = properties;
    this.schedule = Schedule.of(properties);
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${lokerbot.alert.worker-interval:500ms}")
  void tick() {
    if (!properties.worker() || stopping || !running.tryLock()) {
      return;
    }
    try {
      round(clock.instant());
    } catch (RuntimeException e) {
      log.warn("alert delivery round failed; next round soon", e);
    } finally {
      running.unlock();
    }
  }

  /**
   * One round: per channel, permits for as many alerts as are due (none when nothing is: an idle
   * node must not hold a sender's window, even briefly, while a busy one needs it), then sending.
   */
  void round(Instant now) {
    int expired = queue.expireClaims(now.minus(properties.lease()), now);
    if (expired > 0) {
      log.warn("{} alerts were interrupted mid-send and are marked unsure", expired);
    }
    for (String channel : CHANNELS) {
      double rate = properties.rate(channel);
      int batch = (int) Math.min(properties.batchSize(), Math.max(1, Math.ceil(rate)));
      List<Long> due = queue.due(channel, now, batch);
      if (due.isEmpty()) {
        continue;
      }
      Instant second = wallClock.instant();
      int granted = pacer.take(channel, rate, due.size(), second);
      int sent = granted > 0 ? send(due, granted, now) : 0;
      if (sent < granted) {
        pacer.giveBack(channel, rate, granted - sent, second);
      }
    }
  }

  /** Sends up to {@code allowed} due alerts on a channel; returns how many messages went out. */
  int sendDue(String channel, int allowed, Instant now) {
    return send(queue.due(channel, now, allowed), allowed, now);
  }

  /** Sends these due alerts, up to {@code allowed} messages; returns how many went out. */
  private int send(List<Long> due, int allowed, Instant now) {
    int sent = 0;
    for (long id : due) {
      if (stopping || sent >= allowed) {
        break;
      }
      String claimer = node + ":" + claims.incrementAndGet();
      if (!queue.claim(id, claimer, now)) {
        continue; // another node took it
      }
      try {
        sent += process(queue.get(id), claimer, now);
      } catch (RuntimeException e) {
        queue.finish(id, "failed", "error", now);
        log.warn("alert {} failed", id, e);
      }
    }
    return sent;
  }

  private int process(Delivery d, String claimer, Instant now) {
    if (schedule.quiet(now)) {
      queue.defer(d.id(), d.kind(), schedule.outsideQuiet(now));
      return 0;
    }
    if (optOuts.isStopped(d.deliverTo())) {
      if (d.digest()) {
        queue
            .claimDigest(d.person(), d.deliverTo(), claimer, now)
            .forEach(r -> queue.finish(r.id(), "stopped", null, now));
      }
      queue.finish(d.id(), "stopped", null, now);
      return 0;
    }
    return d.digest() ? digest(d, claimer, now) : instant(d, now);
  }

  private int instant(Delivery d, Instant now) {
    if (!queue.countAlert(d.person(), schedule.day(now), properties.dailyCap())) {
      int hour =
          subscriptions
              .find(d.subscriptionId())
              .map(Subscription::digestHour)
              .orElse(properties.defaultDigestHour());
      queue.defer(d.id(), Delivery.DIGEST, schedule.nextDigest(hour, now.plusSeconds(1)));
      return 0;
    }
    return deliver(d.id(), texts.instant(d), now) ? 1 : 0;
  }

  private int digest(Delivery d, String claimer, Instant now) {
    List<Delivery> rows = queue.claimDigest(d.person(), d.deliverTo(), claimer, now);
    if (rows.isEmpty()) {
      return 0;
    }
    queue.countAlert(d.person(), schedule.day(now), null); // a digest counts, but always goes
    OutboundMessage message = texts.digest(rows);
    boolean handed = messenger.notify(message);
    int shown = Math.min(rows.size(), properties.digestSize());
    for (int i = 0; i < rows.size(); i++) {
      String state = !handed ? failedState(d.deliverTo()) : i < shown ? "sent" : "dropped";
      queue.finish(rows.get(i).id(), state, i < shown ? null : "digest-full", now);
    }
    return handed ? 1 : 0;
  }

  private boolean deliver(long id, OutboundMessage message, Instant now) {
    boolean handed = messenger.notify(message);
    queue.finish(id, handed ? "sent" : failedState(message.address()), null, now);
    if (!handed) {
      log.info("alert {} not sent to {}", id, Addresses.masked(message.address()));
    }
    return handed;
  }

  private String failedState(String address) {
    return optOuts.isStopped(address) ? "stopped" : "failed";
  }

  /** Stops claiming and waits for the round in progress, so nothing is left half-sent. */
  @Override
  public void destroy() {
    stopping = true;
    running.lock();
    running.unlock();
  }
}
