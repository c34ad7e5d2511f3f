package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.conversation.Conversations;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Twilio's webhooks with payloads written from Twilio's docs ("Messaging webhook request",
 * "Outbound message status in status callbacks"); numbers and SIDs are made up.
 */
@Import(TwilioWebhookTests.Recording.class)
class TwilioWebhookTests extends TwilioTestSupport {

  /** The real conversation, with what it was handed written down. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Recording {
    @Bean
    @Primary
    RecordingHandler recordingHandler(Conversations conversations) {
      return new RecordingHandler(conversations);
    }
  }

  static class RecordingHandler implements InboundHandler {
    final List<InboundMessage> seen = new CopyOnWriteArrayList<>();
    private final Conversations conversations;

    RecordingHandler(Conversations conversations) {
      this.conversations = conversations;
    }

    @Override
    public List<OutboundMessage> handle(InboundMessage message) {
      seen.add(message);
      return conversations.handle(message);
    }

    /** Records only what was handled: a repeat of a sid is not. */
    @Override
    public Optional<List<OutboundMessage>> handleFirstTime(
        String dedupeChannel, InboundMessage message) {
      Optional<List<OutboundMessage>> replies =
          conversations.handleFirstTime(dedupeChannel, message);
      replies.ifPresent(r -> seen.add(message));
      return replies;
    }

    List<InboundMessage> from(String address) {
      return seen.stream().filter(m -> m.address().equals(address)).toList();
    }
  }

  @Autowired RecordingHandler handler;
  @Autowired TwilioOutbox outbox;
  @Autowired TwilioMessageStatus status;
  @Autowired OptOuts optOuts;

  private static final AtomicInteger SIDS = new AtomicInteger();

  @BeforeEach
  void twilioAcceptsEverything() {
    // replies of the previous test still on their way would land in this test's requests
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    acceptEverything();
  }

  static String sid() {
    return "SM%032d".formatted(SIDS.incrementAndGet());
  }

  static Map<String, String> sms(String from, String body) {
    Map<String, String> p = new LinkedHashMap<>();
    String sid = sid();
    p.put("ToCountry", "US");
    p.put("ToState", "CA");
    p.put("SmsMessageSid", sid);
    p.put("NumMedia", "0");
    p.put("ToCity", "");
    p.put("FromZip", "");
    p.put("SmsSid", sid);
    p.put("FromState", "");
    p.put("SmsStatus", "received");
    p.put("FromCity", "");
    p.put("Body", body);
    p.put("FromCountry", "ID");
    p.put("To", "+15005550006");
    p.put("MessagingServiceSid", "MG00000000000000000000000000000001");
    p.put("ToZip", "");
    p.put("NumSegments", "1");
    p.put("MessageSid", sid);
    p.put("AccountSid", ACCOUNT);
    p.put("From", from);
    p.put("ApiVersion", "2010-04-01");
    return p;
  }

  static Map<String, String> whatsapp(String from, String body) {
    Map<String, String> p = new LinkedHashMap<>();
    String sid = sid();
    p.put("SmsMessageSid", sid);
    p.put("NumMedia", "0");
    p.put("ProfileName", "Sari");
    p.put("MessageType", "text");
    p.put("SmsSid", sid);
    p.put("WaId", from.replace("whatsapp:+", ""));
    p.put("SmsStatus", "received");
    p.put("Body", body);
    p.put("To", "whatsapp:+14155238886");
    p.put("NumSegments", "1");
    p.put("ReferralNumMedia", "0");
    p.put("MessageSid", sid);
    p.put("AccountSid", ACCOUNT);
    p.put("From", from);
    p.put("ApiVersion", "2010-04-01");
    return p;
  }

  static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  /**
   * @param handedOver what the conversation got (text, choice), or null when it was not asked
   * @param replyContains a piece of the reply sent back through the REST API
   */
  record Case(
      String name,
      Map<String, String> form,
      String address,
      String to,
      List<String> handedOver,
      String replyContains) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> inbound() {
    return Stream.of(
            new Case(
                "SMS text",
                sms("+6281100000001", "halo"),
                "sms:+6281100000001",
                "+6281100000001",
                List.of("halo", ""),
                "Lokerbot"),
            new Case(
                "WhatsApp text",
                whatsapp("whatsapp:+6281100000002", "Halo kak"),
                "whatsapp:+6281100000002",
                "whatsapp:+6281100000002",
                List.of("Halo kak", ""),
                "Lokerbot"),
            new Case(
                "WhatsApp quick-reply button",
                with(
                    whatsapp("whatsapp:+6281100000003", "English"),
                    "MessageType",
                    "button",
                    "ButtonText",
                    "English",
                    "ButtonPayload",
                    "2"),
                "whatsapp:+6281100000003",
                "whatsapp:+6281100000003",
                List.of("English", "2"),
                "Lokerbot"),
            new Case(
                "WhatsApp list item picked",
                with(
                    whatsapp("whatsapp:+6281100000013", "English"),
                    "MessageType",
                    "interactive",
                    "ListId",
                    "2",
                    "ListTitle",
                    "English"),
                "whatsapp:+6281100000013",
                "whatsapp:+6281100000013",
                List.of("English", "2"),
                "Lokerbot"),
            new Case(
                "WhatsApp user without a phone number (business-scoped id)",
                with(
                    whatsapp("whatsapp:ID.5fa2c81b9e0d4", "halo"),
                    "WaId",
                    "",
                    "ExternalUserId",
                    "ID.5fa2c81b9e0d4"),
                "whatsapp:ID.5fa2c81b9e0d4",
                "whatsapp:ID.5fa2c81b9e0d4",
                List.of("halo", ""),
                "Lokerbot"),
            new Case(
                "WhatsApp photo without text",
                with(
                    whatsapp("whatsapp:+6281100000004", ""),
                    "MessageType",
                    "image",
                    "NumMedia",
                    "1",
                    "MediaContentType0",
                    "image/jpeg",
                    "MediaUrl0",
                    "https://api.twilio.com/2010-04-01/Accounts/"
                        + ACCOUNT
                        + "/Messages/MM00000000000000000000000000000001/Media/ME00000000000000000000000000000001"),
                "whatsapp:+6281100000004",
                "whatsapp:+6281100000004",
                null,
                "hanya bisa membaca pesan teks"),
            new Case(
                "WhatsApp location",
                with(
                    whatsapp("whatsapp:+6281100000005", ""),
                    "MessageType",
                    "location",
                    "Latitude",
                    "-6.9932",
                    "Longitude",
                    "110.4203",
                    "Address",
                    "Simpang Lima, Semarang"),
                "whatsapp:+6281100000005",
                "whatsapp:+6281100000005",
                null,
                "only read text"),
            new Case(
                "SMS picture (MMS) without text",
                with(
                    sms("+6281100000006", ""),
                    "NumMedia",
                    "2",
                    "MediaContentType0",
                    "image/png",
                    "MediaUrl0",
                    "https://api.twilio.com/media/1",
                    "MediaContentType1",
                    "image/png",
                    "MediaUrl1",
                    "https://api.twilio.com/media/2"),
                "sms:+6281100000006",
                "+6281100000006",
                null,
                "hanya bisa membaca pesan teks"),
            new Case(
                "WhatsApp STOP",
                whatsapp("whatsapp:+6281100000007", "STOP"),
                "whatsapp:+6281100000007",
                "whatsapp:+6281100000007",
                List.of("STOP", ""),
                "Tulis MULAI"),
            new Case(
                "Indonesian BERHENTI by SMS",
                sms("+6281100000008", "berhenti"),
                "sms:+6281100000008",
                "+6281100000008",
                List.of("berhenti", ""),
                "Tulis MULAI"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void inbound(Case c) throws Exception {
    HttpResponse<String> response = postSigned("/webhooks/twilio", c.form());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("xml");
    assertThat(response.body()).endsWith("<Response/>");

    List<InboundMessage> handed = handler.from(c.address());
    if (c.handedOver() == null) {
      assertThat(handed).isEmpty();
    } else {
      assertThat(handed).hasSize(1);
      InboundMessage m = handed.get(0);
      assertThat(m.text()).isEqualTo(c.handedOver().get(0));
      assertThat(m.choice() == null ? "" : m.choice()).isEqualTo(c.handedOver().get(1));
      assertThat(m.providerMessageId()).isEqualTo(c.form().get("MessageSid"));
    }

    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    List<Map<String, String>> sent = sentMessages();
    assertThat(sent).isNotEmpty().allSatisfy(m -> assertThat(m).containsEntry("To", c.to()));
    assertThat(sent).anySatisfy(m -> assertThat(m.get("Body")).contains(c.replyContains()));
    String from = c.to().startsWith("whatsapp:") ? "whatsapp:+14155238886" : "+15005550006";
    assertThat(sent).allSatisfy(m -> assertThat(m).containsEntry("From", from));
    assertThat(sent)
        .allSatisfy(
            m ->
                assertThat(m.get("StatusCallback"))
                    .startsWith(PUBLIC_URL + "/webhooks/twilio/status?m="));
  }

  @Test
  void choicesInsideTheWindowGoAsAMenuAndATapComesBackAsTheChoice() throws Exception {
    String address = "whatsapp:+6281100000014";
    postSigned("/webhooks/twilio", whatsapp(address, "halo"));
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    // the language question has two choices: quick-reply buttons, its text as the variable
    assertThat(sentMessages())
        .anySatisfy(
            m -> {
              assertThat(m.get("ContentSid")).startsWith("HX");
              assertThat(m.get("ContentVariables")).contains("Pilih bahasa");
              assertThat(m).doesNotContainKey("Body");
            });

    postSigned(
        "/webhooks/twilio",
        with(
            whatsapp(address, "English"),
            "MessageType",
            "button",
            "ButtonText",
            "English",
            "ButtonPayload",
            "2"));
    assertThat(handler.from(address))
        .hasSize(2)
        .last()
        .satisfies(m -> assertThat(m.choice()).isEqualTo("2"));
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void stopMarksTheAddressStopped() throws Exception {
    String address = "whatsapp:+6281100000009";
    postSigned("/webhooks/twilio", whatsapp(address, "Stop")).statusCode();
    await().atMost(Duration.ofSeconds(10)).until(() -> optOuts.isStopped(address));
    postSigned("/webhooks/twilio", whatsapp(address, "MULAI"));
    await().atMost(Duration.ofSeconds(10)).until(() -> !optOuts.isStopped(address));
  }

  @Test
  void aRedeliveredMessageSidIsHandledOnce() throws Exception {
    Map<String, String> form = whatsapp("whatsapp:+6281100000010", "halo");
    assertThat(postSigned("/webhooks/twilio", form).statusCode()).isEqualTo(200);
    assertThat(postSigned("/webhooks/twilio", form).statusCode()).isEqualTo(200);
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(handler.from("whatsapp:+6281100000010")).hasSize(1);
    int afterFirst = sentMessages().size();
    assertThat(afterFirst).isPositive();
    assertThat(postSigned("/webhooks/twilio", form).statusCode()).isEqualTo(200);
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(sentMessages()).hasSize(afterFirst);
  }

  static Stream<Arguments> refused() {
    Map<String, String> form = whatsapp("whatsapp:+6281100000011", "halo");
    String path = "/webhooks/twilio";
    return Stream.of(
        Arguments.of("no signature", path, form, null),
        Arguments.of("garbage signature", path, form, "bm90IGEgc2lnbmF0dXJl"),
        Arguments.of(
            "signed with another token", path, form, sign(PUBLIC_URL + path, with(form, "x", "y"))),
        Arguments.of(
            "signed over http while Twilio is set up with https",
            path,
            form,
            sign("http://bot.example.org" + path, form)),
        Arguments.of(
            "signed over the URL the servlet sees instead of the public one",
            path,
            form,
            sign("http://localhost" + path, form)),
        Arguments.of(
            "body changed after signing",
            path,
            with(form, "Body", "halo!"),
            sign(PUBLIC_URL + path, form)),
        Arguments.of(
            "query parameters signed as if they were form parameters",
            path + "?Body=evil",
            form,
            sign(PUBLIC_URL + path, with(form, "Body", "evil"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refused(String name, String path, Map<String, String> form, String signature)
      throws Exception {
    HttpResponse<String> response = postForm(path, form, signature);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(handler.from("whatsapp:+6281100000011")).isEmpty();
  }

  @Test
  void queryParametersAreSignedInTheUrlNotMergedIntoTheForm() throws Exception {
    Map<String, String> form = whatsapp("whatsapp:+6281100000012", "halo");
    HttpResponse<String> response = postSigned("/webhooks/twilio?Body=evil", form);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(handler.from("whatsapp:+6281100000012"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("halo"));
  }

  // --- status callbacks ---

  static Stream<Arguments> statusCallbacks() {
    return Stream.of(
        Arguments.of(List.of("sent", "delivered"), "delivered", null),
        Arguments.of(List.of("delivered", "sent"), "delivered", null),
        Arguments.of(List.of("read", "delivered", "sent"), "read", null),
        Arguments.of(List.of("sent", "delivered", "read", "read"), "read", null),
        Arguments.of(List.of("sending", "sent"), "sent", null),
        Arguments.of(List.of("sent", "undelivered:30005", "delivered"), "undelivered", "30005"),
        Arguments.of(List.of("failed:30008", "sent", "delivered"), "failed", "30008"),
        Arguments.of(List.of("delivered", "failed:30008"), "delivered", null),
        Arguments.of(List.of("queued", "sent", "queued"), "sent", null),
        Arguments.of(List.of("weird-new-status", "sent"), "sent", null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void statusCallbacks(List<String> callbacks, String finalStatus, String errorCode)
      throws Exception {
    String address = "whatsapp:+6281100000020";
    long id = status.queued(address, "whatsapp");
    String messageSid = sid();
    status.accepted(id, messageSid, "queued");
    for (String callback : callbacks) {
      String[] parts = callback.split(":");
      Map<String, String> form = statusForm(messageSid, address, parts[0]);
      if (parts.length > 1) {
        form.put("ErrorCode", parts[1]);
      }
      assertThat(postSigned("/webhooks/twilio/status?m=" + id, form).statusCode()).isEqualTo(200);
    }
    assertThat(status.row(id))
        .get()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo(finalStatus);
              assertThat(row.errorCode()).isEqualTo(errorCode);
              assertThat(row.providerMessageId()).isEqualTo(messageSid);
            });
  }

  @Test
  void aCallbackBeforeTheSidIsSavedIsMatchedByOurId() throws Exception {
    long id = status.queued("sms:+6281100000021", "sms");
    String messageSid = sid();
    postSigned(
        "/webhooks/twilio/status?m=" + id, statusForm(messageSid, "+6281100000021", "delivered"));
    status.accepted(id, messageSid, "queued"); // the create call answers late
    assertThat(status.row(id))
        .get()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("delivered");
              assertThat(row.providerMessageId()).isEqualTo(messageSid);
            });
  }

  @Test
  void aCallbackWithoutOurIdIsMatchedBySid() throws Exception {
    long id = status.queued("sms:+6281100000022", "sms");
    String messageSid = sid();
    status.accepted(id, messageSid, "queued");
    postSigned("/webhooks/twilio/status", statusForm(messageSid, "+6281100000022", "sent"));
    assertThat(status.row(id)).get().extracting(TwilioMessageStatus.Row::status).isEqualTo("sent");
  }

  @Test
  void deliveryProvesAnUnsureFailureWrong() throws Exception {
    long id = status.queued("sms:+6281100000023", "sms");
    status.failed(id, "unsure-http-500");
    String messageSid = sid();
    postSigned(
        "/webhooks/twilio/status?m=" + id, statusForm(messageSid, "+6281100000023", "delivered"));
    assertThat(status.row(id))
        .get()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo("delivered");
              assertThat(row.providerMessageId()).isEqualTo(messageSid);
            });
  }

  @Test
  void aFailedCallbackWith21610StopsTheAddress() throws Exception {
    long id = status.queued("whatsapp:+6281100000024", "whatsapp");
    Map<String, String> form = statusForm(sid(), "whatsapp:+6281100000024", "failed");
    form.put("ErrorCode", "21610");
    postSigned("/webhooks/twilio/status?m=" + id, form);
    assertThat(optOuts.isStopped("whatsapp:+6281100000024")).isTrue();
  }

  @Test
  void aStatusCallbackWithAWrongSignatureChangesNothing() throws Exception {
    long id = status.queued("sms:+6281100000025", "sms");
    Map<String, String> form = statusForm(sid(), "+6281100000025", "delivered");
    // signed without our id in the URL: not the URL Twilio was given
    HttpResponse<String> response =
        postForm(
            "/webhooks/twilio/status?m=" + id,
            form,
            sign(PUBLIC_URL + "/webhooks/twilio/status", form));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(status.row(id))
        .get()
        .extracting(TwilioMessageStatus.Row::status)
        .isEqualTo("queued");
  }

  static Map<String, String> statusForm(String messageSid, String to, String messageStatus) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SmsSid", messageSid);
    p.put("SmsStatus", messageStatus);
    p.put("MessageStatus", messageStatus);
    p.put("To", to);
    p.put("MessageSid", messageSid);
    p.put("AccountSid", ACCOUNT);
    p.put("From", to.startsWith("whatsapp:") ? "whatsapp:+14155238886" : "+15005550006");
    p.put("ApiVersion", "2010-04-01");
    return p;
  }
}
