package id.lokerbot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import id.lokerbot.MutableClock;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sending through a fake Twilio API: what is retried, what is not, and what gets recorded. */
class TwilioSendTests extends TwilioTestSupport {

  @Autowired TwilioOutbox outbox;
  @Autowired TwilioMessageStatus status;
  @Autowired OptOuts optOuts;
  @Autowired MutableClock clock;
  @Autowired TwilioProperties properties;

  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private String whatsapp;
  private String sms;

  @BeforeEach
  void freshAddressesAndAFriendlyTwilio() {
    int n = NUMBERS.incrementAndGet();
    whatsapp = "whatsapp:+62812200%05d".formatted(n);
    sms = "sms:+62812300%05d".formatted(n);
    acceptEverything();
  }

  /** The person wrote to us a moment ago: the WhatsApp window is open. */
  private void personWrote(String address) {
    status.received(address, "whatsapp", "SM-in-" + address);
  }

  private List<Map<String, String>> sendAndWait(OutboundMessage... messages) {
    for (OutboundMessage message : messages) {
      outbox.send(message);
    }
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    return sentMessages();
  }

  private TwilioMessageStatus.Row lastOutRow(String address) {
    return status.row(lastId()).filter(r -> r.address().equals(address)).orElseThrow();
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private long lastId() {
    return jdbc.sql("select max(id) from message_log where direction = 'out'")
        .query(Long.class)
        .single();
  }

  private List<TwilioMessageStatus.Row> outRows(String address) {
    return jdbc.sql(
            "select id, address, channel, provider_message_id, status, error_code from message_log"
                + " where address = ? and direction = 'out' order by id")
        .param(address)
        .query(TwilioMessageStatus.Row.class)
        .list();
  }

  @Test
  void created201IsRecordedWithItsSid() {
    personWrote(whatsapp);
    List<Map<String, String>> sent =
        sendAndWait(
            new OutboundMessage(
                whatsapp,
                "Mau apa hari ini? 😊",
                List.of(new Choice("1", "Cari kerja"), new Choice("2", "Pelatihan"))));

    assertThat(sent).hasSize(1);
    Map<String, String> form = sent.get(0);
    assertThat(form)
        .containsEntry("To", whatsapp)
        .containsEntry("From", "whatsapp:+14155238886")
        .containsEntry("Body", "Mau apa hari ini? 😊\n1. Cari kerja\n2. Pelatihan")
        .doesNotContainKey("ContentSid");
    TwilioMessageStatus.Row row = lastOutRow(whatsapp);
    assertThat(form.get("StatusCallback"))
        .isEqualTo(PUBLIC_URL + "/webhooks/twilio/status?m=" + row.id());
    assertThat(row.status()).isEqualTo("queued");
    assertThat(row.providerMessageId()).startsWith("SM").hasSize(34);
    TWILIO.verify(
        1,
        postRequestedFor(urlPathEqualTo(MESSAGES_PATH))
            .withBasicAuth(
                new com.github.tomakehurst.wiremock.client.BasicCredentials(ACCOUNT, TOKEN)));
  }

  @Test
  void serverError500IsSentExactlyOnceAndRecordedAsUnsure() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .willReturn(error(500, 20500, "Internal Server Error").response()));
    sendAndWait(new OutboundMessage(sms, "Info lowongan baru"));

    TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    assertThat(lastOutRow(sms))
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("failed");
              assertThat(row.errorCode()).isEqualTo("unsure-http-500");
            });
  }

  @Test
  void serviceUnavailable503IsSentExactlyOnceToo() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .willReturn(WireMock.aResponse().withStatus(503).withBody("<html>busy</html>")));
    sendAndWait(new OutboundMessage(sms, "Info lowongan baru"));

    TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    assertThat(lastOutRow(sms).errorCode()).isEqualTo("unsure-http-503");
  }

  @Test
  void tooManyRequests429IsRetriedThenSent() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .inScenario("throttled")
            .whenScenarioStateIs(STARTED)
            .willReturn(error(429, 20429, "Too Many Requests").response())
            .willSetStateTo("once"));
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .inScenario("throttled")
            .whenScenarioStateIs("once")
            .willReturn(error(429, 20429, "Too Many Requests").response())
            .willSetStateTo("calm"));
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .inScenario("throttled")
            .whenScenarioStateIs("calm")
            .willReturn(created()));
    sendAndWait(new OutboundMessage(sms, "Info lowongan baru"));

    TWILIO.verify(3, postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    assertThat(lastOutRow(sms))
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("queued");
              assertThat(row.providerMessageId()).startsWith("SM");
            });
  }

  @Test
  void throttlingThatDoesNotEndGivesUpAfterTheConfiguredAttempts() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .willReturn(error(429, 20429, "Too Many Requests").response()));
    sendAndWait(new OutboundMessage(sms, "Info lowongan baru"));

    TWILIO.verify(properties.retryAttempts(), postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    assertThat(lastOutRow(sms).errorCode()).isEqualTo("20429");
  }

  @Test
  void retriesKeepTheOrderOfOneAddress() {
    personWrote(whatsapp);
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .inScenario("first throttled")
            .whenScenarioStateIs(STARTED)
            .willReturn(error(429, 20429, "Too Many Requests").response())
            .willSetStateTo("calm"));
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .inScenario("first throttled")
            .whenScenarioStateIs("calm")
            .willReturn(created()));
    List<Map<String, String>> sent =
        sendAndWait(
            new OutboundMessage(whatsapp, "satu"),
            new OutboundMessage(whatsapp, "dua"),
            new OutboundMessage(whatsapp, "tiga"),
            new OutboundMessage(whatsapp, "empat"));

    assertThat(sent.stream().map(m -> m.get("Body")).toList())
        .containsExactly("satu", "satu", "dua", "tiga", "empat");
  }

  @Test
  void unsubscribed21610StopsTheAddress() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .willReturn(error(400, 21610, "Attempt to send to unsubscribed recipient").response()));
    sendAndWait(new OutboundMessage(sms, "Info lowongan baru"));

    TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    assertThat(lastOutRow(sms).errorCode()).isEqualTo("21610");
    assertThat(optOuts.isStopped(sms)).isTrue();
  }

  @Test
  void outsideTheWindowOnlyTheTemplateIsSent() {
    personWrote(whatsapp);
    clock.advance(Duration.ofHours(24).plusMinutes(1));
    List<Map<String, String>> sent =
        sendAndWait(new OutboundMessage(whatsapp, "Ada lowongan baru untukmu"));

    assertThat(sent).hasSize(1); // free text was never attempted
    assertThat(sent.get(0))
        .containsEntry("To", whatsapp)
        .containsEntry("ContentSid", TEMPLATE)
        .containsEntry("ContentVariables", "{\"1\":\"Lokerbot\"}")
        .doesNotContainKey("Body");
    assertThat(lastOutRow(whatsapp).providerMessageId()).startsWith("SM");
  }

  @Test
  void someoneWhoNeverWroteGetsTheTemplate() {
    List<Map<String, String>> sent = sendAndWait(new OutboundMessage(whatsapp, "Halo"));
    assertThat(sent).singleElement().satisfies(m -> assertThat(m).containsKey("ContentSid"));
  }

  @Test
  void outsideTheWindow63016SendsTheTemplateInstead() {
    personWrote(whatsapp); // our records say the window is open; Twilio knows better
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .withFormParam("Body", WireMock.matching(".*"))
            .willReturn(
                error(
                        400,
                        63016,
                        "Failed to send freeform message because you are outside the allowed"
                            + " window. If you are using WhatsApp, please use a Message Template.")
                    .response()));
    List<Map<String, String>> sent =
        sendAndWait(new OutboundMessage(whatsapp, "Ada lowongan baru untukmu"));

    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).containsKey("Body");
    assertThat(sent.get(1)).containsEntry("ContentSid", TEMPLATE).doesNotContainKey("Body");
    List<TwilioMessageStatus.Row> rows = outRows(whatsapp);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).status()).isEqualTo("failed");
    assertThat(rows.get(0).errorCode()).isEqualTo("63016");
    assertThat(rows.get(1).status()).isEqualTo("queued");
    assertThat(rows.get(1).providerMessageId()).startsWith("SM");
  }

  @Test
  void smsIsGsmFriendlyAndWithinTwoSegments() {
    String text = "“Lowongan baru” 🎉 operator produksi – Kendal. ".repeat(10);
    List<Map<String, String>> sent =
        sendAndWait(
            new OutboundMessage(
                sms, text, List.of(new Choice("1", "Daftar"), new Choice("2", "Menu"))));

    String body = sent.get(0).get("Body");
    assertThat(sent.get(0)).containsEntry("To", sms.substring("sms:".length()));
    assertThat(SmsText.count(body))
        .satisfies(
            s -> {
              assertThat(s.encoding()).isEqualTo(SmsText.Encoding.GSM7);
              assertThat(s.segments()).isEqualTo(2);
            });
    assertThat(body)
        .startsWith("\"Lowongan baru\" operator produksi - Kendal.")
        .endsWith("...\n1. Daftar\n2. Menu");
  }

  @Test
  void noConnectionIsRetriedThenRecorded() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TwilioProperties unreachable =
        new TwilioProperties(
            ACCOUNT,
            TOKEN,
            "http://localhost:" + closedPort,
            "+14155238886",
            "",
            "+15005550006",
            "",
            2,
            Duration.ofHours(24),
            TEMPLATE,
            "",
            3,
            Duration.ofMillis(5),
            Duration.ofMillis(10),
            1,
            Duration.ofSeconds(5));
    try (TwilioOutbox offline =
        new TwilioOutbox(
            new com.twilio.http.TwilioRestClient.Builder(ACCOUNT, TOKEN)
                .httpClient(new OneAttemptHttpClient(unreachable.apiUrl()))
                .build(),
            unreachable,
            PUBLIC_URL,
            status,
            optOuts,
            (Clock) clock)) {
      offline.send(new OutboundMessage(sms, "Info"));
      assertThat(offline.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(lastOutRow(sms).errorCode()).isEqualTo("no-connection");
  }
}
