package id.lokerbot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static id.lokerbot.channel.telegram.TelegramWebhookTests.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Long polling against a WireMock Bot API: the webhook is deleted first, the two updates of the
 * first {@code getUpdates} reach the conversation, the next call asks for the offset after the last
 * one, and the offset survives a restart of the poller.
 */
@SpringBootTest(
    properties = {
      // no mode: a token alone means polling
      "lokerbot.telegram.token=" + FakeTelegram.TOKEN,
      "lokerbot.telegram.poll-timeout=1s",
      "lokerbot.telegram.per-chat-interval=20ms"
    })
class TelegramPollingTests {

  static final FakeTelegram telegram = new FakeTelegram();

  static {
    String first =
        "{\"ok\":true,\"result\":["
            + update(5000, 2001, "halo")
            + ","
            + update(5001, 2002, "hai")
            + "]}";
    telegram.server.stubFor(
        post(FakeTelegram.method("getupdates"))
            .inScenario("polling")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(first))
            .willSetStateTo("drained"));
    // An empty long poll that returns at once would spin: answer after a short wait, as Telegram
    // does.
    telegram.server.stubFor(
        post(FakeTelegram.method("getupdates"))
            .inScenario("polling")
            .whenScenarioStateIs("drained")
            .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
  }

  @DynamicPropertySource
  static void telegramApi(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.telegram.api-url", telegram::url);
  }

  @AfterAll
  static void stopFake() {
    telegram.stop();
  }

  @Autowired TelegramPoller poller;
  @Autowired PollingOffsets offsets;
  @Autowired TelegramUpdates updates;
  @Autowired TelegramProperties properties;

  @Test
  void pollsHandlesAndRemembersTheOffset() {
    await().atMost(Duration.ofSeconds(15)).until(() -> telegram.requests("getupdates").size() >= 2);

    List<LoggedRequest> deletes = telegram.requests("deletewebhook");
    List<LoggedRequest> polls = telegram.requests("getupdates");
    assertThat(deletes).hasSize(1);
    assertThat(deletes.get(0).getLoggedDate()).isBeforeOrEqualTo(polls.get(0).getLoggedDate());
    JsonNode firstPoll = FakeTelegram.json(polls.get(0).getBodyAsString());
    assertThat(firstPoll.path("offset").asLong()).isZero();
    assertThat(firstPoll.path("timeout").asInt()).isEqualTo(1);
    assertThat(firstPoll.path("allowed_updates").toString())
        .isEqualTo("[\"message\",\"callback_query\"]");
    assertThat(FakeTelegram.json(polls.get(1).getBodyAsString()).path("offset").asLong())
        .isEqualTo(5002);
    assertThat(offsets.load("123456")).contains(5002L);

    // both updates went through the conversation: each person got the welcome and the language
    // question
    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(2001).size() == 2);
    await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(2002).size() == 2);
    assertThat(telegram.sentTo(2001).get(0).path("text").asText())
        .startsWith("Halo! Saya Lokerbot.");

    // a restarted poller carries on from the stored offset instead of replaying
    poller.stop();
    telegram.server.resetRequests();
    TelegramPoller restarted =
        new TelegramPoller(
            new org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient(
                FakeTelegram.TOKEN, properties.telegramUrl()),
            updates,
            offsets,
            properties);
    restarted.start();
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !telegram.requests("getupdates").isEmpty());
      assertThat(
              FakeTelegram.json(telegram.requests("getupdates").get(0).getBodyAsString())
                  .path("offset")
                  .asLong())
          .isEqualTo(5002);
    } finally {
      restarted.stop();
    }
  }

  private static String update(int updateId, long chat, String text) {
    return fixture("text.json")
        .replace("820401001", Integer.toString(updateId))
        .replace("700100200", Long.toString(chat))
        .replace("\"halo\"", "\"" + text + "\"");
  }
}
