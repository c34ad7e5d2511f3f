package id.lokerbot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static id.lokerbot.channel.telegram.TelegramWebhookTests.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole way round with the real conversation: an update arrives over HTTP at the webhook, the
 * conversation answers, and the answers reach a WireMock Bot API as {@code sendMessage} calls with
 * the right chat, text and buttons; then what Telegram can answer back (429, a proxy's 502, 403).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lokerbot.telegram.mode=webhook",
      "lokerbot.telegram.token=" + FakeTelegram.TOKEN,
      "lokerbot.telegram.webhook-secret=" + TelegramEndToEndTests.SECRET,
      "lokerbot.telegram.register-webhook=true",
      "lokerbot.public-url=https://lokerbot.example.org/",
      "lokerbot.telegram.per-chat-interval=50ms",
      "lokerbot.telegram.retry-backoff=100ms"
    })
class TelegramEndToEndTests {

  static final String SECRET = "e2e-Secret_1";

  static final FakeTelegram telegram = new FakeTelegram();

  @DynamicPropertySource
  static void telegramApi(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.telegram.api-url", telegram::url);
  }

  @AfterAll
  static void stopFake() {
    telegram.stop();
  }

  @LocalServerPort int port;
  @Autowired OptOuts optOuts;
  @Autowired Messenger messenger;
  @Autowired TelegramSender sender;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theWebhookIsRegisteredAtStartWithUrlSecretAndUpdateTypes() {
    List<LoggedRequest> calls = telegram.requests("setwebhook");
    assertThat(calls).hasSize(1);
    Map<String, String> parts =
        calls.get(0).getParts().stream()
            .collect(Collectors.toMap(p -> p.getName(), p -> p.getBody().asString()));
    assertThat(parts)
        .containsEntry("url", "https://lokerbot.example.org/webhooks/telegram")
        .containsEntry("secret_token", SECRET);
    assertThat(FakeTelegram.json(parts.get("allowed_updates")).toString())
        .isEqualTo("[\"message\",\"callback_query\"]");
  }

  @Test
  void aMessageGoesThroughTheConversationAndComesBackWithButtons() throws Exception {
    long chat = 1001;
    assertThat(deliver(text(chat, 1, "halo"))).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(chat).size() == 2);
    List<JsonNode> sent = telegram.sentTo(chat);
    assertThat(sent.get(0).path("text").asText()).startsWith("Halo! Saya Lokerbot.");
    assertThat(sent.get(0).has("reply_markup")).isFalse();
    assertThat(sent.get(1).path("text").asText()).isEqualTo("Pilih bahasa / Choose a language:");
    assertThat(sent.get(1).path("reply_markup").toString())
        .isEqualTo(
            "{\"inline_keyboard\":[[{\"text\":\"Bahasa Indonesia\",\"callback_data\":\"1\"}],"
                + "[{\"text\":\"English\",\"callback_data\":\"2\"}]]}");

    List<LoggedRequest> requests =
        telegram.requests("sendmessage").stream()
            .filter(r -> r.getBodyAsString().contains("\"" + chat + "\""))
            .toList();
    assertThat(
            requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime())
        .as("per-chat interval (50ms here)")
        .isGreaterThanOrEqualTo(45);

    // the person presses "English"
    assertThat(deliver(button(chat, 2, "q-1001-2", "2"))).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(chat).size() == 3);
    JsonNode consent = telegram.sentTo(chat).get(2);
    assertThat(consent.path("text").asText()).startsWith("May we keep your answers");
    assertThat(consent.path("reply_markup").path("inline_keyboard")).hasSize(3);
    assertThat(telegram.calls("answercallbackquery"))
        .extracting(c -> c.path("callback_query_id").asText())
        .contains("q-1001-2");
  }

  @Test
  void a429IsWaitedOutAndTheChatKeepsItsOrder() throws Exception {
    long chat = 1002;
    telegram.server.stubFor(
        post(FakeTelegram.method("sendmessage"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
            .inScenario("flood")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                FakeTelegram.error(429, "Too Many Requests: retry after 1", "{\"retry_after\":1}"))
            .willSetStateTo("calm"));

    assertThat(deliver(text(chat, 1, "halo"))).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(chat).size() == 3);
    List<JsonNode> calls = telegram.sentTo(chat);
    assertThat(calls.get(0).path("text").asText()).startsWith("Halo! Saya Lokerbot.");
    assertThat(calls.get(1)).isEqualTo(calls.get(0)); // the same message again
    assertThat(calls.get(2).path("text").asText()).isEqualTo("Pilih bahasa / Choose a language:");
    List<LoggedRequest> requests =
        telegram.requests("sendmessage").stream()
            .filter(r -> r.getBodyAsString().contains("\"" + chat + "\""))
            .toList();
    long waited =
        requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
    assertThat(waited).as("retry_after 1 s honoured").isGreaterThanOrEqualTo(950);
    assertThat(optOuts.isStopped("telegram:" + chat)).isFalse();
  }

  @Test
  void aProxysHtml502IsTransientAndRetried() throws Exception {
    long chat = 1004;
    telegram.server.stubFor(
        post(FakeTelegram.method("sendmessage"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
            .inScenario("proxy")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"))
            .willSetStateTo("up"));

    assertThat(deliver(text(chat, 1, "halo"))).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(chat).size() == 3);
    List<JsonNode> calls = telegram.sentTo(chat);
    assertThat(calls.get(1)).isEqualTo(calls.get(0));
    assertThat(calls.get(2).path("text").asText()).isEqualTo("Pilih bahasa / Choose a language:");
  }

  @Test
  void aUserWhoBlockedTheBotIsStoppedAndTheRestOfTheQueueDropped() throws Exception {
    long chat = 1003;
    telegram.server.stubFor(
        post(FakeTelegram.method("sendmessage"))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
            .willReturn(FakeTelegram.error(403, "Forbidden: bot was blocked by the user", null)));

    assertThat(deliver(text(chat, 1, "halo"))).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> optOuts.isStopped("telegram:" + chat));
    await().atMost(Duration.ofSeconds(10)).until(() -> sender.queued() == 0);
    assertThat(telegram.sentTo(chat)).hasSize(1);
  }

  @Test
  void aLongTextIsSplitAtParagraphsWithTheButtonsUnderTheLastPart() {
    long chat = 1005;
    String paragraph = "Lowongan operator produksi di Kendal. ".repeat(50).strip(); // ~1900 chars
    String text = String.join("\n\n", paragraph, paragraph, paragraph); // ~5700 chars
    messenger.reply(
        List.of(
            new OutboundMessage(
                "telegram:" + chat,
                text,
                List.of(new Choice("1", "Lamar"), new Choice("2", "Cari lagi")))));

    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(chat).size() == 2);
    List<JsonNode> calls = telegram.sentTo(chat);
    assertThat(calls.get(0).path("text").asText()).isEqualTo(paragraph + "\n\n" + paragraph);
    assertThat(calls.get(0).has("reply_markup")).isFalse();
    assertThat(calls.get(1).path("text").asText()).isEqualTo(paragraph);
    assertThat(calls.get(1).path("reply_markup").path("inline_keyboard")).hasSize(2);
  }

  private int deliver(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
            .header("Content-Type", "application/json")
            .header(TelegramWebhookController.SECRET_HEADER, SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  /** A text update from a person whose private chat id is {@code chat}. */
  private static String text(long chat, int n, String text) {
    return fixture("text.json")
        .replace("820401001", Long.toString(chat * 1000 + n))
        .replace("700100200", Long.toString(chat))
        .replace("\"halo\"", "\"" + text + "\"");
  }

  private static String button(long chat, int n, String queryId, String data) {
    return fixture("callback.json")
        .replace("820401003", Long.toString(chat * 1000 + n))
        .replace("700100200", Long.toString(chat))
        .replace("3009174652108391845", queryId)
        .replace("\"data\": \"2\"", "\"data\": \"" + data + "\"");
  }
}
