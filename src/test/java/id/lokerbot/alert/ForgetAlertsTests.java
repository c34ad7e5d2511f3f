package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lokerbot.assessment.PersonForgotten;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HAPUS DATA: a person's subscriptions and queued alerts go; someone else's stay. */
class ForgetAlertsTests extends AlertTestSupport {

  @Test
  void aForgottenPersonsSubscriptionsAndAlertsAreDeleted() {
    clock.set(wib("2026-12-01T10:00"));
    jdbc.sql( // only this test's subscriptions match
            "update alert_subscription set removed = true,"
                + " change_seq = nextval('alert_change_seq') where removed = false")
        .update();
    String phone = phone();
    String chat = "whatsapp:" + phone;
    String telegram = "telegram:90" + phone.substring(phone.length() - 6);
    String other = "whatsapp:" + phone();
    subscribe(chat, "sms:" + phone, List.of("33.09"), List.of(), "", Frequency.INSTANT, -1);
    subscribe(telegram, telegram, List.of("33.09"), List.of("C"), "", Frequency.DAILY, 7);
    subscribe(other, other, List.of("33.09"), List.of(), "", Frequency.INSTANT, -1);
    matching.match(offer("Operator jahit", "33.09", "C"));
    assertThat(rowsFor(chat, telegram, "sms:" + phone)).isEqualTo(2);
    assertThat(rowsFor(other)).isEqualTo(1);

    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new PersonForgotten(List.of(chat, telegram), chat, clock.instant())));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> subscriptionsOf(chat, telegram, "sms:" + phone) == 0);
    assertThat(rowsFor(chat, telegram, "sms:" + phone)).as("queued alerts").isZero();
    assertThat(rowsFor(other)).as("someone else's alert").isEqualTo(1);
    assertThat(subscriptionsOf(other)).isEqualTo(1);

    OfferMatching.Outcome next = matching.match(offer("Operator jahit 2", "33.09", "C"));
    assertThat(next.people()).as("only the other person still matches").isEqualTo(1);
    assertThat(rowsFor(chat, telegram, "sms:" + phone)).isZero();
  }

  private int subscriptionsOf(String... addresses) {
    return jdbc.sql(
            "select count(*) from alert_subscription where owner in (:a) or deliver_to in (:a)")
        .param("a", List.of(addresses))
        .query(Integer.class)
        .single();
  }

  private int rowsFor(String... addresses) {
    return jdbc.sql("select count(*) from alert_delivery where deliver_to in (:a)")
        .param("a", List.of(addresses))
        .query(Integer.class)
        .single();
  }
}
