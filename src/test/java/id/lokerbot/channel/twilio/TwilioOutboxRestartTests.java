package id.lokerbot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.lokerbot.LokerbotApplication;
import id.lokerbot.channel.OutboundMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twilio unreachable while replies are queued, then the application stops; a new application on the
 * same database sends every queued reply once, in order, when Twilio is back.
 */
class TwilioOutboxRestartTests {

  static final String DATABASE =
      "jdbc:h2:mem:twilio-restart-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  static ConfigurableApplicationContext start(int twilioPort) {
    return new SpringApplicationBuilder(LokerbotApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + DATABASE,
            "--lokerbot.twilio.account-sid=" + TwilioTestSupport.ACCOUNT,
            "--lokerbot.twilio.auth-token=" + TwilioTestSupport.TOKEN,
            "--lokerbot.twilio.sms-from=+15005550006",
            "--lokerbot.twilio.api-url=http://localhost:" + twilioPort,
            "--lokerbot.twilio.retry-backoff=20ms",
            "--lokerbot.twilio.retry-max-backoff=100ms",
            "--lokerbot.catalog.sample-data=false",
            "--logging.level.root=warn",
            "--logging.level.id.lokerbot=error");
  }

  @Test
  void repliesQueuedWhileTwilioIsDownSurviveARestartAndGoOutOnceInOrder() throws Exception {
    int port = TwilioTestSupport.freePort();
    List<String> ana = List.of("ana 1", "ana 2", "ana 3");
    List<String> budi = List.of("budi 1", "budi 2");

    // Twilio is down (nothing listens on the port): the replies wait in the queue
    try (ConfigurableApplicationContext first = start(port)) {
      TwilioOutbox outbox = first.getBean(TwilioOutbox.class);
      for (int i = 0; i < 3; i++) {
        outbox.send(new OutboundMessage("sms:+6281500000001", ana.get(i)));
        if (i < 2) {
          outbox.send(new OutboundMessage("sms:+6281500000002", budi.get(i)));
        }
      }
      Thread.sleep(500); // several refused attempts
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from twilio_outbox").query(Integer.class).single())
          .isEqualTo(5);
      assertThat(jdbc.sql("select max(attempt) from twilio_outbox").query(Integer.class).single())
          .isPositive();
    } // the process stops with the replies unsent

    WireMockServer twilio = new WireMockServer(wireMockConfig().port(port));
    twilio.start();
    try {
      twilio.stubFor(
          post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages.json"))
              .willReturn(TwilioTestSupport.created()));
      try (ConfigurableApplicationContext second = start(port)) {
        TwilioOutbox outbox = second.getBean(TwilioOutbox.class);
        assertThat(outbox.awaitIdle(Duration.ofSeconds(30))).isTrue();
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        assertThat(
                jdbc.sql(
                        "select count(*) from message_log where direction = 'out' and"
                            + " provider_message_id like 'SM%'")
                    .query(Integer.class)
                    .single())
            .isEqualTo(5);
      }
      List<ServeEvent> events = new ArrayList<>(twilio.getAllServeEvents());
      java.util.Collections.reverse(events); // WireMock lists the newest first
      List<String> toAna = new ArrayList<>();
      List<String> toBudi = new ArrayList<>();
      for (ServeEvent event : events) {
        var form = TwilioSignature.parseForm(event.getRequest().getBodyAsString());
        String to = form.get("To").get(0);
        (to.endsWith("01") ? toAna : toBudi).add(form.get("Body").get(0));
      }
      assertThat(toAna).containsExactlyElementsOf(ana);
      assertThat(toBudi).containsExactlyElementsOf(budi);
    } finally {
      twilio.stop();
    }
  }
}
