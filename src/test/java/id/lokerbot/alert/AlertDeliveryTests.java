package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lokerbot.channel.OptOuts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From a new offer to messages at a fake Twilio: dedupe, caps, quiet hours, stop, templates. */
class AlertDeliveryTests extends AlertTestSupport {

  @Autowired OptOuts optOuts;

  @BeforeEach
  void daytimeAndAFriendlyTwilio() {
    clock.set(wib("2026-12-01T10:00"));
    acceptEverything();
    // each test matches and sends only its own
    jdbc.sql("delete from alert_delivery").update();
    jdbc.sql(
            "update alert_subscription set removed = true,"
                + " change_seq = nextval('alert_change_seq') where removed = false")
        .update();
  }

  @Test
  void overlappingSubscriptionsGiveAPersonEachOfferOnce() {
    String phone = phone();
    String owner = "whatsapp:" + phone;
    String sms = "sms:" + phone;
    subscribe(owner, sms, List.of(), List.of(), "", Frequency.INSTANT, -1);
    subscribe(owner, sms, List.of("33.21"), List.of(), "", Frequency.INSTANT, -1);
    subscribe(owner, sms, List.of("33.21"), List.of("G"), "kasir", Frequency.INSTANT, -1);
    subscribe(owner, sms, List.of("33.01"), List.of(), "", Frequency.INSTANT, -1); // no match

    NewOffer offer = offer("Kasir minimarket", "33.21", "G");
    OfferMatching.Outcome outcome = matching.match(offer);
    assertThat(outcome.matched()).isEqualTo(3);
    assertThat(outcome.people()).isEqualTo(1);
    assertThat(matching.match(offer).queued()).as("the same offer again").isZero();

    assertThat(sendDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 1);
    Map<String, String> sent = sentTo(phone).get(0);
    assertThat(sent.get("To")).isEqualTo(phone);
    String body = sent.get("Body");
    assertThat(body).startsWith("Loker baru: Kasir minimarket, Demak. Berhenti: ");
    assertThat(body).containsPattern("https://bot\\.example\\.org/u/[0-9a-z]+\\.[A-Za-z0-9_-]+$");
    assertThat(SmsFit.segments(body)).isEqualTo(1);
    assertThat(sendDue()).as("nothing left").isZero();
    assertThat(states(sms)).containsExactly("sent");
  }

  @Autowired DeliveryQueue queue;
  @Autowired SubscriptionRepository subscriptions;
  @Autowired AlertTexts texts;
  @Autowired id.lokerbot.channel.Messenger messenger;
  @Autowired AlertProperties properties;

  @Test
  void sendingPermitsAreTakenOnlyForAlertsThatAreDue() {
    sendDue(); // what earlier tests left
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    Pacer counting =
        new Pacer() {
          @Override
          public int take(String sender, double rate, int wanted, java.time.Instant now) {
            asked.add(sender + " " + wanted);
            return wanted;
          }

          @Override
          public void giveBack(String sender, double rate, int unused, java.time.Instant now) {}
        };
    DeliveryWorker rounds =
        new DeliveryWorker(
            queue, subscriptions, texts, messenger, optOuts, properties, counting, clock);

    rounds.round(clock.instant());
    assertThat(asked).as("nothing due, no permits").isEmpty();

    String phone = phone();
    subscribe("whatsapp:" + phone, "sms:" + phone, List.of(), List.of(), "", Frequency.INSTANT, -1);
    assertThat(matching.match(offer("Kasir toko", "33.21", "G")).queued()).isEqualTo(1);
    rounds.round(clock.instant());
    assertThat(asked).containsExactly("sms 1");
    assertThat(states("sms:" + phone)).containsExactly("sent");
  }

  @Test
  void pastTheDailyCapAlertsWaitForTheNextDigest() {
    String phone = phone();
    String sms = "sms:" + phone;
    subscribe("whatsapp:" + phone, sms, List.of(), List.of(), "", Frequency.INSTANT, 18);
    for (int i = 1; i <= 5; i++) {
      matching.match(offer("Pramuniaga toko " + i, "33.22", "G"));
    }
    assertThat(sendDue()).isEqualTo(3);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 3);
    assertThat(states(sms)).containsExactlyInAnyOrder("sent", "sent", "sent", "pending", "pending");
    assertThat(
            jdbc.sql("select due_at from alert_delivery where deliver_to = ? and kind = 'digest'")
                .param(sms)
                .query(java.sql.Timestamp.class)
                .list())
        .allSatisfy(due -> assertThat(due.toInstant()).isEqualTo(wib("2026-12-01T18:00")));

    clock.set(wib("2026-12-01T17:59"));
    assertThat(sendDue()).isZero();
    clock.set(wib("2026-12-01T18:00"));
    assertThat(sendDue()).as("one digest with both").isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 4);
    String digest = sentTo(phone).get(3).get("Body");
    assertThat(digest).startsWith("Info loker (2): Pramuniaga toko").contains("; ");
    assertThat(SmsFit.segments(digest)).isLessThanOrEqualTo(2);
    assertThat(states(sms)).containsOnly("sent");
  }

  @Test
  void nothingGoesOutInQuietHoursButItGoesOutInTheMorning() {
    String phone = phone();
    String sms = "sms:" + phone;
    clock.set(wib("2026-12-01T22:15"));
    subscribe("whatsapp:" + phone, sms, List.of("33.01"), List.of(), "", Frequency.INSTANT, -1);
    matching.match(offer("Operator jahit", "33.01", "C"));
    assertThat(sendDue()).isZero();
    clock.set(wib("2026-12-02T06:59"));
    assertThat(sendDue()).isZero();
    assertThat(states(sms)).containsExactly("pending");
    clock.set(wib("2026-12-02T07:00"));
    assertThat(sendDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 1);
  }

  @Test
  void aWaitingAlertMetByQuietHoursIsDeferredNotDropped() {
    String phone = phone();
    String sms = "sms:" + phone;
    clock.set(wib("2026-12-01T20:59"));
    subscribe("whatsapp:" + phone, sms, List.of("33.02"), List.of(), "", Frequency.INSTANT, -1);
    matching.match(offer("Kurir paket", "33.02", "H"));
    clock.set(wib("2026-12-01T21:30")); // the worker was late: now it is quiet
    assertThat(sendDue()).isZero();
    assertThat(
            jdbc.sql("select due_at from alert_delivery where deliver_to = ?")
                .param(sms)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant())
        .isEqualTo(wib("2026-12-02T07:00"));
    assertThat(states(sms)).containsExactly("pending");
  }

  @Test
  void stoppedAddressesGetNothing() {
    String phone = phone();
    String sms = "sms:" + phone;
    subscribe("whatsapp:" + phone, sms, List.of(), List.of(), "", Frequency.INSTANT, -1);
    matching.match(offer("Satpam gudang", "33.74", "H"));
    optOuts.stop(sms, "test");
    assertThat(sendDue()).isZero();
    assertThat(states(sms)).containsExactly("stopped");
    assertThat(sentTo(phone)).isEmpty();
  }

  @Test
  void whatsAppOutsideTheWindowGoesAsTheApprovedTemplate() {
    String phone = phone();
    String whatsapp = "whatsapp:" + phone;
    subscribe(whatsapp, whatsapp, List.of(), List.of(), "", Frequency.INSTANT, -1);
    matching.match(offer("Juru masak", "33.74", "I"));
    assertThat(sendDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 1);
    Map<String, String> sent = sentTo(phone).get(0);
    assertThat(sent).containsEntry("ContentSid", TEMPLATE).doesNotContainKey("Body");
    assertThat(sent.get("To")).isEqualTo(whatsapp);
  }

  @Test
  void aDailyDigestListsTheBestOffersAtThePersonsHour() {
    String phone = phone();
    String whatsapp = "whatsapp:" + phone;
    subscribe(whatsapp, "sms:" + phone, List.of(), List.of(), "", Frequency.DAILY, 19);
    subscribe(whatsapp, "sms:" + phone, List.of(), List.of(), "jahit", Frequency.DAILY, 19);
    matching.match(offer("Staf gudang", "33.18", "H"));
    matching.match(offer("Penjahit garmen", "33.18", "C")); // fits the keyword: listed first
    matching.match(offer("Admin toko", "33.18", "G"));
    assertThat(sendDue()).isZero();
    clock.set(wib("2026-12-01T19:00"));
    assertThat(sendDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 1);
    assertThat(sentTo(phone).get(0).get("Body")).startsWith("Info loker (3): Penjahit garmen");
  }

  @Test
  void pausedAndRemovedSubscriptionsMatchNothing() {
    String phone = phone();
    String owner = "whatsapp:" + phone;
    subscribe(owner, owner, List.of("33.05"), List.of(), "", Frequency.INSTANT, -1);
    long id =
        jdbc.sql("select id from alert_subscription where owner = ?")
            .param(owner)
            .query(Long.class)
            .single();
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new SubscriptionChangeRequested(
                    owner, id, SubscriptionChangeRequested.Change.PAUSE, clock.instant())));
    matching.match(offer("Pelayan", "33.05", "I"));
    assertThat(states(owner)).as("paused").isEmpty();
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new SubscriptionChangeRequested(
                    owner, id, SubscriptionChangeRequested.Change.RESUME, clock.instant())));
    matching.match(offer("Pelayan", "33.05", "I"));
    assertThat(states(owner)).as("resumed").hasSize(1);
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new SubscriptionChangeRequested(
                    "whatsapp:+620000",
                    id,
                    SubscriptionChangeRequested.Change.REMOVE,
                    clock.instant())));
    matching.match(offer("Pelayan", "33.05", "I"));
    assertThat(states(owner)).as("only the owner can remove it").hasSize(2);
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new SubscriptionChangeRequested(
                    owner, id, SubscriptionChangeRequested.Change.REMOVE, clock.instant())));
    matching.match(offer("Pelayan", "33.05", "I"));
    assertThat(states(owner)).as("removed").hasSize(2);
  }

  @Test
  void anOfferPublishedInATransactionIsMatchedFromItsDurablePublication() {
    String phone = phone();
    String sms = "sms:" + phone;
    subscribe("whatsapp:" + phone, sms, List.of("33.09"), List.of(), "", Frequency.INSTANT, -1);
    NewOffer offer = offer("Tukang las", "33.09", "F");
    transaction.executeWithoutResult(t -> events.publishEvent(offer));
    await().atMost(Duration.ofSeconds(10)).until(() -> states(sms).size() == 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from event_publication where event_type like ? and"
                                + " completion_date is null")
                        .param("%NewOffer")
                        .query(Integer.class)
                        .single()
                    == 0);
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aVacancyOpenedInTheCatalogueReachesItsSubscribers() throws Exception {
    String phone = phone();
    String sms = "sms:" + phone;
    subscribe(
        "whatsapp:" + phone, sms, List.of("33.21"), List.of("G"), "kasir", Frequency.INSTANT, -1);
    String body =
        """
        {"partner": "Toko Contoh", "title": "Kasir minimarket", "description": "Dicari kasir         yang teliti untuk minimarket di Demak.", "sector": "G", "regency": "33.21",         "minEducation": "sma", "employmentType": "fulltime", "openings": 2,         "applyVia": "direct", "applyHow": "Datang langsung ke toko.", "genderNeutral": true}
        """;
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://localhost:" + port + "/admin/catalog/vacancies"))
                    .header("Content-Type", "application/json")
                    .header("X-Admin-Key", "test-admin-key")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(20)).until(() -> states(sms).size() == 1);
    assertThat(sendDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(phone).size() == 1);
    assertThat(sentTo(phone).get(0).get("Body")).startsWith("Loker baru: Kasir minimarket, Demak.");
  }
}
