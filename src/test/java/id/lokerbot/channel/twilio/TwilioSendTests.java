package id.lokerbot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import id.lokerbot.MutableClock;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
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
  @Autowired com.twilio.http.TwilioRestClient client;
  @Autowired id.lokerbot.content.ContentService content;

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
        sendAndWait(new OutboundMessage(whatsapp, "Ada 3 lowongan baru di Kendal 😊"));

    assertThat(sent).hasSize(1);
    Map<String, String> form = sent.get(0);
    assertThat(form)
        .containsEntry("To", whatsapp)
        .containsEntry("From", "whatsapp:+14155238886")
        .containsEntry("Body", "Ada 3 lowongan baru di Kendal 😊")
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
  void throttlingThatDoesNotEndGivesUpAfterRetryFor() {
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .willReturn(error(429, 20429, "Too Many Requests").response()));
    outbox.send(new OutboundMessage(sms, "Info lowongan baru"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                TWILIO
                        .countRequestsMatching(
                            postRequestedFor(urlPathEqualTo(MESSAGES_PATH)).build())
                        .getCount()
                    >= 3);
    assertThat(lastOutRow(sms).status()).isEqualTo("queued"); // still waiting, not lost

    clock.advance(properties.retryFor().plusMinutes(1));
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(lastOutRow(sms))
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("failed");
              assertThat(row.errorCode()).isEqualTo("20429");
            });
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
  void noConnectionWaitsInTheQueueUntilTwilioIsBackInOrder() throws Exception {
    TWILIO.stop(); // connection refused: the request certainly never reached Twilio
    try {
      outbox.send(new OutboundMessage(sms, "satu"));
      outbox.send(new OutboundMessage(sms, "dua"));
      outbox.send(new OutboundMessage(sms, "tiga"));
      Thread.sleep(300); // a few rounds of refused connections
      assertThat(outRows(sms))
          .hasSize(3)
          .allSatisfy(r -> assertThat(r.status()).isEqualTo("queued"));
    } finally {
      acceptEverything(); // starts it again, on the same port
    }
    List<Map<String, String>> sent = sendAndWait();
    assertThat(sent.stream().map(m -> m.get("Body")).toList())
        .containsExactly("satu", "dua", "tiga");
    assertThat(outRows(sms)).allSatisfy(r -> assertThat(r.providerMessageId()).startsWith("SM"));
  }

  @Test
  void aMessageLeftByANodeThatStoppedBeforeSendingIsSent() {
    long logId = status.queued(sms, "sms");
    jdbc.sql(
            "insert into twilio_outbox (address, log_id, body, due_at, attempt, created_at,"
                + " claimed_by, claimed_until, sending) values (?, ?, 'halo lagi', ?, 0, ?,"
                + " 'node-dead', ?, false)")
        .params(
            sms,
            logId,
            java.sql.Timestamp.from(clock.instant()),
            java.sql.Timestamp.from(clock.instant()),
            java.sql.Timestamp.from(clock.instant().minusSeconds(1)))
        .update();
    List<Map<String, String>> sent = sendAndWait();
    assertThat(sent)
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("Body", "halo lagi"));
    assertThat(status.row(logId).orElseThrow().providerMessageId()).startsWith("SM");
  }

  @Test
  void aMessageLeftMidSendIsRecordedUnsureAndNotSentAgain() {
    long logId = status.queued(sms, "sms");
    jdbc.sql(
            "insert into twilio_outbox (address, log_id, body, due_at, attempt, created_at,"
                + " claimed_by, claimed_until, sending) values (?, ?, 'mungkin terkirim', ?, 0, ?,"
                + " 'node-dead', ?, true)")
        .params(
            sms,
            logId,
            java.sql.Timestamp.from(clock.instant()),
            java.sql.Timestamp.from(clock.instant()),
            java.sql.Timestamp.from(clock.instant().minusSeconds(1)))
        .update();
    outbox.send(new OutboundMessage(sms, "berikutnya"));
    List<Map<String, String>> sent = sendAndWait();
    assertThat(sent.stream().map(m -> m.get("Body")).toList()).containsExactly("berikutnya");
    assertThat(status.row(logId).orElseThrow())
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("failed");
              assertThat(row.errorCode()).isEqualTo("unsure-interrupted");
            });
  }

  // --- WhatsApp menus (Content API) ---

  private static List<Choice> choices(String... labels) {
    List<Choice> out = new java.util.ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      out.add(new Choice(String.valueOf(i + 1), labels[i]));
    }
    return out;
  }

  private static tools.jackson.databind.JsonNode json(String body) {
    return new tools.jackson.databind.ObjectMapper().readTree(body);
  }

  @Test
  void upToThreeChoicesBecomeQuickReplyButtons() {
    personWrote(whatsapp);
    String tag = whatsapp.substring(whatsapp.length() - 5);
    List<Map<String, String>> sent =
        sendAndWait(
            new OutboundMessage(
                whatsapp,
                "Mau apa hari ini? 😊",
                choices("Cari kerja " + tag, "Pelatihan", "Bahasa / Language selection"),
                null,
                "id"));

    List<String> created = contentCreations();
    assertThat(created).hasSize(1);
    tools.jackson.databind.JsonNode content = json(created.get(0));
    assertThat(content.path("language").asString()).isEqualTo("id");
    tools.jackson.databind.JsonNode quickReply = content.path("types").path("twilio/quick-reply");
    assertThat(quickReply.path("body").asString()).isEqualTo("{{1}}");
    assertThat(quickReply.path("actions")).hasSize(3);
    assertThat(quickReply.path("actions").get(0).path("id").asString()).isEqualTo("1");
    assertThat(quickReply.path("actions").get(0).path("title").asString())
        .isEqualTo("Cari kerja " + tag);
    assertThat(quickReply.path("actions").get(2).path("id").asString()).isEqualTo("3");
    assertThat(quickReply.path("actions").get(2).path("title").asString())
        .isEqualTo("Bahasa / Language…")
        .hasSizeLessThanOrEqualTo(20);

    assertThat(sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.get("ContentSid")).startsWith("HX");
              assertThat(json(m.get("ContentVariables")).path("1").asString())
                  .isEqualTo("Mau apa hari ini? 😊");
              assertThat(m).doesNotContainKey("Body").containsEntry("To", whatsapp);
            });
    assertThat(lastOutRow(whatsapp).providerMessageId()).startsWith("SM");
  }

  @Test
  void fourToTenChoicesBecomeAListWithTheChoiceIdsAsItemIds() {
    personWrote(whatsapp);
    String tag = whatsapp.substring(whatsapp.length() - 5);
    sendAndWait(
        new OutboundMessage(
            whatsapp,
            "Pilih kabupaten:",
            choices(
                "Kota Semarang " + tag,
                "Kabupaten Kendal",
                "Pelatihan menjahit garmen tingkat dasar",
                "Boyolali",
                "Sukoharjo"),
            null,
            "en"));

    tools.jackson.databind.JsonNode content = json(contentCreations().get(0));
    tools.jackson.databind.JsonNode list = content.path("types").path("twilio/list-picker");
    assertThat(list.path("button").asString()).isEqualTo("Choose");
    assertThat(content.path("language").asString()).isEqualTo("en");
    tools.jackson.databind.JsonNode items = list.path("items");
    assertThat(items).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(items.get(i).path("id").asString()).isEqualTo(String.valueOf(i + 1));
      assertThat(items.get(i).path("item").asString().length()).isLessThanOrEqualTo(24);
    }
    assertThat(items.get(2).path("item").asString()).isEqualTo("Pelatihan menjahit…");
    assertThat(items.get(2).path("description").asString())
        .isEqualTo("Pelatihan menjahit garmen tingkat dasar");
    assertThat(items.get(1).has("description")).isFalse();
    assertThat(sentMessages())
        .singleElement()
        .satisfies(m -> assertThat(m).containsKey("ContentSid"));
  }

  @Test
  void moreThanTenChoicesGoAsNumberedText() {
    personWrote(whatsapp);
    List<Choice> eleven = choices("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    List<Map<String, String>> sent = sendAndWait(new OutboundMessage(whatsapp, "Pilih:", eleven));

    assertThat(contentCreations()).isEmpty();
    assertThat(sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.get("Body")).startsWith("Pilih:\n1. a\n2. b").endsWith("\n11. k");
              assertThat(m).doesNotContainKey("ContentSid");
            });
  }

  @Test
  void aMenuIsCreatedOnceForEveryNodeWhateverTheText() {
    personWrote(whatsapp);
    String tag = whatsapp.substring(whatsapp.length() - 5);
    List<Choice> menu = choices("Ya " + tag, "Tidak");
    List<Map<String, String>> sent =
        sendAndWait(
            new OutboundMessage(whatsapp, "Simpan data kamu?", menu),
            new OutboundMessage(whatsapp, "Lanjut cari kerja?", menu));

    assertThat(contentCreations()).hasSize(1);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).get("ContentSid")).isEqualTo(sent.get(1).get("ContentSid"));
    assertThat(json(sent.get(1).get("ContentVariables")).path("1").asString())
        .isEqualTo("Lanjut cari kerja?");

    // another node, same database: it finds the menu instead of creating it again
    WhatsAppMenus otherNode = new WhatsAppMenus(client, jdbc, content, clock);
    assertThat(otherNode.menu(new OutboundMessage(whatsapp, "Lagi?", menu)))
        .get()
        .extracting(WhatsAppMenus.Menu::contentSid)
        .isEqualTo(sent.get(0).get("ContentSid"));
    assertThat(contentCreations()).hasSize(1);
  }

  @Test
  void whenCreatingTheMenuFailsTheMessageGoesAsNumberedText() {
    personWrote(whatsapp);
    String tag = whatsapp.substring(whatsapp.length() - 5);
    TWILIO.stubFor(
        post(urlPathEqualTo(CONTENT_PATH))
            .willReturn(error(500, 20500, "Internal Server Error").response()));
    List<Map<String, String>> sent =
        sendAndWait(new OutboundMessage(whatsapp, "Pilih:", choices("Satu " + tag, "Dua")));

    assertThat(contentCreations()).hasSize(1);
    assertThat(sent)
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("Body", "Pilih:\n1. Satu " + tag + "\n2. Dua"));
    assertThat(lastOutRow(whatsapp).providerMessageId()).startsWith("SM");

    acceptEverything(); // Content API back: the next message gets its buttons
    List<Map<String, String>> later =
        sendAndWait(new OutboundMessage(whatsapp, "Pilih:", choices("Satu " + tag, "Dua")));
    assertThat(later).singleElement().satisfies(m -> assertThat(m).containsKey("ContentSid"));
  }

  @Test
  void aMenuTwilioRefusesGoesAsTextAndIsMadeAnew() {
    personWrote(whatsapp);
    String tag = whatsapp.substring(whatsapp.length() - 5);
    List<Choice> menu = choices("Lanjut " + tag, "Berhenti");
    sendAndWait(new OutboundMessage(whatsapp, "Mau lanjut?", menu));
    String sid = sentMessages().get(0).get("ContentSid");
    assertThat(sid).startsWith("HX");

    acceptEverything();
    TWILIO.stubFor(
        post(urlPathEqualTo(MESSAGES_PATH))
            .withFormParam("ContentSid", WireMock.equalTo(sid))
            .willReturn(error(400, 21655, "The ContentSid is Invalid").response()));
    List<Map<String, String>> sent =
        sendAndWait(new OutboundMessage(whatsapp, "Mau lanjut?", menu));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1))
        .containsEntry("Body", "Mau lanjut?\n1. Lanjut " + tag + "\n2. Berhenti");
    assertThat(lastOutRow(whatsapp).providerMessageId()).startsWith("SM");

    sendAndWait(new OutboundMessage(whatsapp, "Mau lanjut?", menu));
    assertThat(contentCreations()).hasSize(1); // created again
    assertThat(sentMessages().get(2).get("ContentSid")).startsWith("HX").isNotEqualTo(sid);
  }

  @Test
  void labelsAreShortenedAtAWordBreak() {
    assertThat(WhatsAppMenus.shorten("Cari kerja", 20)).isEqualTo("Cari kerja");
    assertThat(WhatsAppMenus.shorten("Pelatihan menjahit garmen tingkat dasar", 24))
        .isEqualTo("Pelatihan menjahit…");
    assertThat(WhatsAppMenus.shorten("Administrasiperkantoran", 20))
        .isEqualTo("Administrasiperkant…")
        .hasSize(20);
    assertThat(WhatsAppMenus.shorten("Operator produksi, shift malam", 20))
        .isEqualTo("Operator produksi…");
  }
}
