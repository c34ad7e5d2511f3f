package id.lokerbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import id.lokerbot.channel.AddressesLinked;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.ReferralSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The webhook as a table of realistic updates: for each, the status Telegram gets, what reached the
 * conversation (a recording stand-in that answers "reply to …") and what was sent back (to a
 * WireMock Bot API).
 */
@SpringBootTest(
    properties = {
      "lokerbot.telegram.mode=webhook",
      "lokerbot.telegram.token=" + FakeTelegram.TOKEN,
      "lokerbot.telegram.webhook-secret=" + TelegramWebhookTests.SECRET,
      "lokerbot.telegram.per-chat-interval=5ms",
      "lokerbot.telegram.retry-backoff=50ms"
    })
@AutoConfigureMockMvc
class TelegramWebhookTests {

  static final String SECRET = "s3cret_Token-42";
  static final long SARI = 700100200L;

  static final FakeTelegram telegram = new FakeTelegram();

  /** Each case gets fresh update ids, so no case depends on another's dedupe keys. */
  static final AtomicInteger updateIds = new AtomicInteger(900_000_000);

  @DynamicPropertySource
  static void telegramApi(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.telegram.api-url", telegram::url);
  }

  @AfterAll
  static void stopFake() {
    telegram.stop();
  }

  @Autowired MockMvc mvc;
  @Autowired RecordingConversation conversation;
  @Autowired EventLog events;
  @Autowired TelegramSender sender;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void reset() {
    conversation.received.clear();
    events.events.clear();
    telegram.server.resetRequests();
  }

  @AfterEach
  void finishSending() {
    awaitSent();
  }

  record Case(
      String name,
      String body,
      String secret,
      int times,
      int status,
      List<String> reached,
      List<String> sent) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "text",
            fixture("text.json"),
            SECRET,
            1,
            200,
            List.of("halo"),
            List.of("reply to halo")),
        new Case(
            "unknown new Bot API field",
            fixture("new-api-field.json"),
            SECRET,
            1,
            200,
            List.of("menu"),
            List.of("reply to menu")),
        new Case(
            "/start with a deep-link payload",
            fixture("start-payload.json"),
            SECRET,
            1,
            200,
            List.of("start"),
            List.of("reply to start")),
        new Case(
            "/help",
            fixture("command.json"),
            SECRET,
            1,
            200,
            List.of("help"),
            List.of("reply to help")),
        new Case(
            "button pressed",
            fixture("callback.json"),
            SECRET,
            1,
            200,
            List.of("choice 2"),
            List.of("reply to choice 2")),
        new Case(
            "own contact shared: asked to confirm",
            fixture("contact.json"),
            SECRET,
            1,
            200,
            List.of(),
            List.of(
                "Hubungkan nomor +6281234567890 dengan profil kamu? Info lowongan nanti juga bisa"
                    + " dikirim lewat SMS atau WhatsApp ke nomor ini.")),
        new Case(
            "someone else's contact",
            fixture("contact-of-someone-else.json"),
            SECRET,
            1,
            200,
            List.of(),
            List.of(
                "Demi keamanan, saya hanya bisa menghubungkan nomor kamu sendiri. Silakan bagikan"
                    + " kontak kamu sendiri.")),
        new Case(
            "location in Demak",
            fixture("location.json"),
            SECRET,
            1,
            200,
            List.of("Demak"),
            List.of("Lokasi kamu di sekitar Demak.", "reply to Demak")),
        new Case(
            "location in Jakarta",
            fixture("location-jakarta.json"),
            SECRET,
            1,
            200,
            List.of(),
            List.of(
                "Lokasi itu sepertinya di luar Jawa Tengah. Saat ini saya hanya punya info untuk"
                    + " Jawa Tengah.")),
        new Case("sticker", fixture("sticker.json"), SECRET, 1, 200, List.of(), List.of(TEXT_ONLY)),
        new Case(
            "photo with caption",
            fixture("photo.json"),
            SECRET,
            1,
            200,
            List.of(),
            List.of(TEXT_ONLY)),
        new Case("voice", fixture("voice.json"), SECRET, 1, 200, List.of(), List.of(TEXT_ONLY)),
        new Case(
            "edited message", fixture("edited-message.json"), SECRET, 1, 200, List.of(), List.of()),
        new Case(
            "group message", fixture("group-message.json"), SECRET, 1, 200, List.of(), List.of()),
        new Case(
            "command in a group",
            fixture("group-command.json"),
            SECRET,
            1,
            200,
            List.of(),
            List.of("Silakan kirim pesan ke saya lewat chat pribadi, bukan di grup.")),
        new Case(
            "channel post", fixture("channel-post.json"), SECRET, 1, 200, List.of(), List.of()),
        new Case(
            "same update twice",
            fixture("text.json"),
            SECRET,
            2,
            200,
            List.of("halo"),
            List.of("reply to halo")),
        new Case(
            "our own failure: 200, and a redelivery is tried again",
            fixture("text.json").replace("\"halo\"", "\"boom\""),
            SECRET,
            2,
            200,
            List.of("boom", "boom"),
            List.of()),
        new Case(
            "wrong secret", fixture("text.json"), "s3cret_Token-43", 1, 403, List.of(), List.of()),
        new Case("no secret", fixture("text.json"), null, 1, 403, List.of(), List.of()),
        new Case(
            "secret of another length",
            fixture("text.json"),
            SECRET + "x",
            1,
            403,
            List.of(),
            List.of()),
        new Case(
            "malformed JSON: 200 so Telegram does not retry it forever",
            "{\"update_id\": 1, \"message\": {",
            SECRET,
            1,
            200,
            List.of(),
            List.of()),
        new Case("JSON that is not an update", "[1, 2, 3]", SECRET, 1, 200, List.of(), List.of()),
        new Case("update without update_id", "{}", SECRET, 1, 200, List.of(), List.of()),
        new Case(
            "1 MB body",
            "{\"update_id\":1,\"message\":{\"text\":\"" + "a".repeat(1 << 20) + "\"}}",
            SECRET,
            1,
            413,
            List.of(),
            List.of()));
  }

  static final String TEXT_ONLY =
      "Maaf, saya hanya bisa membaca pesan teks. Silakan ketik pesanmu, atau tekan salah satu"
          + " tombol.";

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void webhook(Case c) throws Exception {
    String body =
        c.body().replaceAll("\"update_id\": \\d+", "\"update_id\": " + updateIds.incrementAndGet());
    for (int i = 0; i < c.times(); i++) {
      int status = mvc.perform(webhook(body, c.secret())).andReturn().getResponse().getStatus();
      assertThat(status).as("status of delivery %d", i + 1).isEqualTo(c.status());
    }
    awaitSent();
    assertThat(conversation.received)
        .extracting(m -> m.choice() != null ? "choice " + m.choice() : m.text())
        .containsExactlyElementsOf(c.reached());
    assertThat(telegram.sentTexts()).containsExactlyElementsOf(c.sent());
  }

  @Test
  void whatReachesTheConversationCarriesTheChatAndTheUpdateId() throws Exception {
    String body = fixture("text.json").replace("820401001", "910000001");
    mvc.perform(webhook(body, SECRET));
    InboundMessage in = conversation.received.get(0);
    assertThat(in.address()).isEqualTo("telegram:" + SARI);
    assertThat(in.providerMessageId()).isEqualTo("910000001");
    awaitSent();
    assertThat(telegram.sentTo(SARI)).hasSize(1);
  }

  @Test
  void aButtonPressIsAlwaysAnswered() throws Exception {
    String body = fixture("callback.json").replace("820401003", "910000002");
    mvc.perform(webhook(body, SECRET));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !telegram.calls("answercallbackquery").isEmpty());
    assertThat(telegram.calls("answercallbackquery").get(0).path("callback_query_id").asText())
        .isEqualTo("3009174652108391845");
  }

  @Test
  void theFirstStartPayloadIsKeptAndAnnounced() throws Exception {
    long chat = 700100777L;
    String first =
        fixture("start-payload.json")
            .replace("820401002", "910000003")
            .replace(Long.toString(SARI), Long.toString(chat));
    String later = first.replace("910000003", "910000004").replace("src-alfamart", "src-pasar");
    mvc.perform(webhook(first, SECRET));
    mvc.perform(webhook(later, SECRET));
    assertThat(
            jdbc.sql("select source from telegram_start_source where chat_id = ?")
                .param(chat)
                .query(String.class)
                .single())
        .isEqualTo("src-alfamart");
    assertThat(events.events)
        .filteredOn(ReferralSource.class::isInstance)
        .extracting(e -> ((ReferralSource) e).source())
        .containsExactly("src-alfamart");
    assertThat(conversation.received)
        .extracting(InboundMessage::text)
        .containsExactly("start", "start");
  }

  @Test
  void aConfirmedOwnNumberIsLinkedAsWhatsAppAndSms() throws Exception {
    mvc.perform(webhook(fixture("contact.json").replace("820401004", "910000005"), SECRET));
    awaitSent();
    JsonNode confirm = telegram.sentTo(SARI).get(0);
    JsonNode buttons = confirm.path("reply_markup").path("inline_keyboard");
    assertThat(buttons.get(0).get(0).path("callback_data").asText()).isEqualTo("tg:phone:yes");
    assertThat(buttons.get(1).get(0).path("callback_data").asText()).isEqualTo("tg:phone:no");

    String yes =
        fixture("callback.json")
            .replace("820401003", "910000006")
            .replace("\"data\": \"2\"", "\"data\": \"tg:phone:yes\"");
    mvc.perform(webhook(yes, SECRET));
    awaitSent();
    assertThat(events.events)
        .filteredOn(AddressesLinked.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              AddressesLinked linked = (AddressesLinked) e;
              assertThat(linked.address()).isEqualTo("telegram:" + SARI);
              assertThat(linked.linked())
                  .containsExactly("whatsapp:+6281234567890", "sms:+6281234567890");
            });
    assertThat(telegram.sentTexts()).last().isEqualTo("Terima kasih, nomor kamu sudah terhubung.");
    assertThat(conversation.received).isEmpty();

    // pressing the same button again (a new update) links nothing more
    mvc.perform(webhook(yes.replace("910000006", "910000007"), SECRET));
    assertThat(events.events).filteredOn(AddressesLinked.class::isInstance).hasSize(1);
  }

  @Test
  void aDeclinedNumberIsForgotten() throws Exception {
    long chat = 700100555L;
    String contact =
        fixture("contact.json")
            .replace("820401004", "910000008")
            .replace(Long.toString(SARI), Long.toString(chat));
    mvc.perform(webhook(contact, SECRET));
    String no =
        fixture("callback.json")
            .replace("820401003", "910000009")
            .replace(Long.toString(SARI), Long.toString(chat))
            .replace("\"data\": \"2\"", "\"data\": \"tg:phone:no\"");
    mvc.perform(webhook(no, SECRET));
    awaitSent();
    assertThat(events.events).filteredOn(AddressesLinked.class::isInstance).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from telegram_pending_contact where chat_id = ?")
                .param(chat)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(telegram.sentTexts()).last().isEqualTo("Baik, nomor itu tidak kami simpan.");
  }

  @Test
  void anEnglishTelegramAppGetsEnglish() throws Exception {
    String sticker =
        fixture("sticker.json")
            .replace("820401008", "910000010")
            .replace("\"language_code\": \"id\"", "\"language_code\": \"en-GB\"");
    mvc.perform(webhook(sticker, SECRET));
    awaitSent();
    assertThat(telegram.sentTexts())
        .containsExactly(
            "Sorry, I can only read text messages. Please type your message, or press a button.");
  }

  private void awaitSent() {
    await().atMost(Duration.ofSeconds(10)).until(() -> sender.queued() == 0);
  }

  static MockHttpServletRequestBuilder webhook(String body, String secret) {
    MockHttpServletRequestBuilder request =
        post("/webhooks/telegram")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8));
    return secret == null
        ? request
        : request.header(TelegramWebhookController.SECRET_HEADER, secret);
  }

  static String fixture(String name) {
    try {
      return new ClassPathResource("telegram/" + name).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stands in for the conversation: records what arrives and answers "reply to …". */
  static class RecordingConversation implements InboundHandler {
    final List<InboundMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public List<OutboundMessage> handle(InboundMessage message) {
      received.add(message);
      String what = message.choice() != null ? "choice " + message.choice() : message.text();
      if (what.equals("boom")) {
        throw new IllegalStateException("a bug in the conversation");
      }
      return List.of(new OutboundMessage(message.address(), "reply to " + what));
    }

    @Override
    public Optional<List<OutboundMessage>> handleFirstTime(String channel, InboundMessage m) {
      throw new AssertionError("Telegram claims an update before it knows what it holds");
    }
  }

  static class EventLog {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ReferralSource event) {
      events.add(event);
    }

    @EventListener
    void on(AddressesLinked event) {
      events.add(event);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Fakes {
    @Bean
    @Primary
    RecordingConversation recordingConversation() {
      return new RecordingConversation();
    }

    @Bean
    EventLog eventLog() {
      return new EventLog();
    }
  }
}
