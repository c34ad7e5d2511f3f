package id.lokerbot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * WireMock standing in for the Telegram Bot API on a free port. telegrambots writes method paths in
 * lower case ({@code sendmessage}) or camel case ({@code setWebhook}), so stubs match paths
 * case-insensitively.
 */
final class FakeTelegram {

  static final String TOKEN = "123456:TEST-token-for-wiremock";

  static final String SENT =
      """
      {"ok":true,"result":{"message_id":1,"date":1764295200,\
      "chat":{"id":1,"type":"private"},"text":"ok"}}""";

  static final String TRUE = "{\"ok\":true,\"result\":true}";

  private static final ObjectMapper JSON = new ObjectMapper();

  final WireMockServer server = new WireMockServer(options().dynamicPort());

  FakeTelegram() {
    server.start();
    stubDefaults();
  }

  String url() {
    return server.baseUrl();
  }

  void stubDefaults() {
    server.stubFor(post(method("sendmessage")).atPriority(10).willReturn(okJson(SENT)));
    for (String m : List.of("answercallbackquery", "deletewebhook", "setwebhook")) {
      server.stubFor(post(method(m)).atPriority(10).willReturn(okJson(TRUE)));
    }
  }

  static UrlPattern method(String name) {
    return urlPathMatching("(?i)/bot[^/]+/" + name);
  }

  static ResponseDefinitionBuilder error(int status, String description, String parameters) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"ok\":false,\"error_code\":"
                + status
                + ",\"description\":\""
                + description
                + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters)
                + "}");
  }

  /** Requests to one Bot API method, oldest first. */
  List<LoggedRequest> requests(String method) {
    return server.findAll(postRequestedFor(method(method))).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  /** JSON bodies of the calls to a method, oldest first. */
  List<JsonNode> calls(String method) {
    return requests(method).stream().map(r -> json(r.getBodyAsString())).toList();
  }

  /** The {@code sendMessage} calls for one chat, oldest first. */
  List<JsonNode> sentTo(long chatId) {
    return calls("sendmessage").stream()
        .filter(c -> c.path("chat_id").asText().equals(Long.toString(chatId)))
        .toList();
  }

  /** The texts of every {@code sendMessage} call, oldest first. */
  List<String> sentTexts() {
    return calls("sendmessage").stream().map(c -> c.path("text").asText()).toList();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void stop() {
    server.stop();
  }
}
