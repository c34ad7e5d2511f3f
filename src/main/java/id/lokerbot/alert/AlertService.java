package id.lokerbot.alert;

import id.lokerbot.channel.Addresses;
import id.lokerbot.youth.Youths;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions: what the chat reads, and the changes it asks for. Changes are applied in the
 * transaction that publishes them (right after the person's turn), so the next LANGGANAN already
 * shows them; the matcher's index follows from the table's change numbers.
 */
@Service
class AlertService implements Alerts {

  private static final Logger log = LoggerFactory.getLogger(AlertService.class);

  private final SubscriptionRepository subscriptions;
  private final DeliveryQueue queue;
  private final Regencies regencies;
  private final Terms terms;
  private final AlertProperties properties;
  private final Clock clock;
  private final Youths youths;

  AlertService(
      SubscriptionRepository subscriptions,
      DeliveryQueue queue,
      Regencies regencies,
      Terms terms,
      AlertProperties properties,
      Clock clock,
      Youths youths) {
    this.youths = youths;
    this.subscriptions = subscriptions;
    this.queue = queue;
    this.regencies = regencies;
    this.terms = terms;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public List<SubscriptionView> subscriptions(String owner) {
    return subscriptions.byOwner(owner).stream().map(Subscription::view).toList();
  }

  @Override
  public Optional<Area> area(String text) {
    return regencies.area(text);
  }

  @Override
  public String regencyName(String code) {
    return regencies.name(code);
  }

  @Override
  public List<String> keywords(String text) {
    return terms.keywords(text);
  }

  @Override
  public int maxKeywords() {
    return properties.maxKeywords();
  }

  @EventListener
  @Transactional
  public void on(SubscribeRequested request) {
    List<String> keywords = terms.keywords(request.keywords());
    if (keywords.size() > properties.maxKeywords()) {
      keywords = keywords.subList(0, properties.maxKeywords());
    }
    int hour = request.digestHour();
    if (hour < 0 || hour > 23) {
      hour = properties.defaultDigestHour();
    }
    long id =
        subscriptions.insert(
            request.owner(),
            person(request.owner()),
            request.deliverTo(),
            request.regencies(),
            request.sectors(),
            keywords,
            request.keywords().length() > 200
                ? request.keywords().substring(0, 200)
                : request.keywords(),
            request.frequency(),
            hour,
            request.language() == null ? "id" : request.language(),
            request.at());
    log.info(
        "subscription {} for {}: {} to {}",
        id,
        Addresses.masked(request.owner()),
        request.frequency().code(),
        Addresses.masked(request.deliverTo()));
  }

  @EventListener
  @Transactional
  public void on(SubscriptionChangeRequested request) {
    boolean changed =
        subscriptions.change(
            request.owner(), request.subscriptionId(), request.change(), request.at());
    if (changed && request.change() != SubscriptionChangeRequested.Change.RESUME) {
      queue.dropPendingOf(
          request.subscriptionId(), request.change().name().toLowerCase(), clock.instant());
    }
  }

  /** The unsubscribe link: every subscription delivering to that address ends. */
  @Transactional
  Optional<String> unsubscribe(long subscriptionId) {
    Optional<Subscription> s = subscriptions.find(subscriptionId);
    s.ifPresent(
        sub -> {
          int removed = subscriptions.removeDeliveringTo(sub.deliverTo(), clock.instant());
          queue.dropPendingFor(sub.deliverTo(), clock.instant());
          log.info(
              "unsubscribed {} by link: {} subscriptions",
              Addresses.masked(sub.deliverTo()),
              removed);
        });
    return s.map(Subscription::deliverTo);
  }

  Optional<Subscription> find(long id) {
    return subscriptions.find(id);
  }

  /**
   * Who a subscription is for: dedupe and caps count per person. The youth profile when the chat
   * address has one (so Telegram and WhatsApp subscriptions of one person count together), else the
   * chat address itself.
   */
  private String person(String owner) {
    return youths.findByAddress(owner).map(y -> "youth:" + y.id()).orElse(owner);
  }
}
