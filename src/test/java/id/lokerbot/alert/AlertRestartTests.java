package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lokerbot.LokerbotApplication;
import id.lokerbot.TestClockConfig;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node stops in the middle of sending alerts and a new one starts on the same database: every
 * alert goes out, none twice. A row a crashed node had claimed but not finished is marked unsure
 * and never resent.
 */
class AlertRestartTests {

  static final int PEOPLE = 40;

  @Test
  void aRestartInTheMiddleOfSendingLosesNothingAndSendsNothingTwice() {
    AlertTestSupport.acceptEverything();
    String database =
        "jdbc:h2:mem:alert-restart-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      phones.add(AlertTestSupport.phone());
    }
    String crashed;
    try (ConfigurableApplicationContext first = node(database)) {
      ApplicationEventPublisher events = first;
      var transaction = first.getBean(TransactionTemplate.class);
      Clock clock = first.getBean(Clock.class);
      transaction.executeWithoutResult(
          t -> {
            for (String phone : phones) {
              events.publishEvent(
                  new SubscribeRequested(
                      "whatsapp:" + phone,
                      List.of(),
                      List.of(),
                      "",
                      "sms:" + phone,
                      Frequency.INSTANT,
                      -1,
                      "id",
                      clock.instant()));
            }
          });
      OfferMatching.Outcome outcome =
          first
              .getBean(OfferMatching.class)
              .match(
                  new NewOffer(
                      "restart-1",
                      "vacancy",
                      "Pramuniaga",
                      "33.21",
                      "G",
                      "Toko di Demak",
                      clock.instant()));
      assertThat(outcome.queued()).isEqualTo(PEOPLE);
      await().atMost(Duration.ofSeconds(30)).until(() -> sentCount(phones) >= 8);
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      // a node that died mid-send would leave a row like this one behind
      crashed =
          jdbc.sql(
                  "select deliver_to from alert_delivery where state = 'pending' order by id desc"
                      + " limit 1")
              .query(String.class)
              .single();
      jdbc.sql(
              "update alert_delivery set state = 'sending', claimed_by = 'gone', claimed_at = ?"
                  + " where deliver_to = ?")
          .params(Timestamp.from(clock.instant().minus(Duration.ofHours(1))), crashed)
          .update();
    } // graceful stop: the round in progress finishes, queued Twilio sends drain
    int beforeRestart = sentCount(phones);
    assertThat(beforeRestart).as("stopped in the middle").isBetween(8, PEOPLE - 2);

    try (ConfigurableApplicationContext second = node(database)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  jdbc.sql(
                              "select count(*) from alert_delivery where state in ('pending',"
                                  + " 'sending')")
                          .query(Integer.class)
                          .single()
                      == 0);
      await().atMost(Duration.ofSeconds(10)).until(() -> sentCount(phones) == PEOPLE - 1);
      Map<String, Integer> states = second.getBean(DeliveryQueue.class).countByState();
      assertThat(states).isEqualTo(Map.of("sent", PEOPLE - 1, "unsure", 1));
    }
    for (String phone : phones) {
      int times = AlertTestSupport.sentTo(phone).size();
      assertThat(times).as("alerts to %s", phone).isEqualTo(crashed.endsWith(phone) ? 0 : 1);
    }
  }

  private static int sentCount(List<String> phones) {
    int n = 0;
    for (String phone : phones) {
      n += AlertTestSupport.sentTo(phone).size();
    }
    return n;
  }

  private static ConfigurableApplicationContext node(String database) {
    // command-line arguments: they win over application.yaml (default properties would not)
    return new SpringApplicationBuilder(LokerbotApplication.class, TestClockConfig.class)
        .run(
            "--spring.datasource.url=" + database,
            "--server.port=0",
            "--lokerbot.twilio.account-sid=" + AlertTestSupport.ACCOUNT,
            "--lokerbot.twilio.auth-token=alert-test-token-0123456789",
            "--lokerbot.twilio.api-url=" + AlertTestSupport.TWILIO.baseUrl(),
            "--lokerbot.twilio.sms-from=+15005550006",
            "--lokerbot.public-url=https://bot.example.org",
            "--lokerbot.alert.unsubscribe-secret=alert-test-secret",
            "--lokerbot.alert.worker=true",
            "--lokerbot.alert.worker-interval=50ms",
            "--lokerbot.alert.sms-per-second=8",
            "--lokerbot.alert.daily-cap=3");
  }
}
