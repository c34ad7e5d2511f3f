package id.lokerbot.alert;

import id.lokerbot.assessment.PersonForgotten;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After HAPUS DATA: the person's subscriptions and every alert queued or sent for them go. The
 * subscription rows stay as empty tombstones (removed, nothing personal left) with a new change
 * number, so every node's index copy drops them too.
 */
@Component
class ForgetAlerts {

  private static final Logger log = LoggerFactory.getLogger(ForgetAlerts.class);

  private final SubscriptionRepository subscriptions;
  private final DeliveryQueue queue;

  ForgetAlerts(SubscriptionRepository subscriptions, DeliveryQueue queue) {
    this.subscriptions = subscriptions;
    this.queue = queue;
  }

  @ApplicationModuleListener
  void on(PersonForgotten event) {
    Set<String> addresses = addresses(event.addresses());
    List<Long> ids = subscriptions.idsFor(addresses);
    Set<String> people = new LinkedHashSet<>(subscriptions.peopleOf(ids));
    people.addAll(addresses); // a person without a profile is counted by their address
    int deliveries = queue.forget(people, addresses, ids);
    int removed = subscriptions.forget(ids, event.at());
    log.info("forgot {} subscriptions and {} alerts on request", removed, deliveries);
  }

  /** The person's addresses, with SMS and WhatsApp both counted for each of their numbers. */
  static Set<String> addresses(List<String> addresses) {
    Set<String> all = new LinkedHashSet<>(addresses);
    for (String a : addresses) {
      if (a.startsWith("whatsapp:")) {
        all.add("sms:" + a.substring("whatsapp:".length()));
      } else if (a.startsWith("sms:")) {
        all.add("whatsapp:" + a.substring("sms:".length()));
      }
    }
    return all;
  }
}
