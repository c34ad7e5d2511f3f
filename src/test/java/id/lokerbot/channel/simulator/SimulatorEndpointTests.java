package id.lokerbot.channel.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.MessageLog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulator over real HTTP: good messages get replies, bad input gets a polite re-ask or a
 * clear JSON error, never a 500 or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorEndpointTests {

  @LocalServerPort int port;
  @Autowired MessageLog messageLog;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/simulator/messages"))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString());
  }

  HttpResponse<String> say(String from, String text) throws Exception {
    return post("application/json", "{\"from\":\"" + from + "\",\"text\":" + json(text) + "}");
  }

  static String json(String s) {
    StringBuilder q = new StringBuilder("\"");
    s.chars()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                q.append('\\').append((char) c);
              } else if (c < 0x20) {
                q.append(String.format("\\u%04x", c));
              } else {
                q.append((char) c);
              }
            });
    return q.append('"').toString();
  }

  @Test
  void answersWithRepliesAndNumberedChoices() throws Exception {
    HttpResponse<String> first = say("sim:endpoint-happy", "halo");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("\"text\":\"Halo! Saya Lokerbot.")
        .contains("{\"id\":\"1\",\"label\":\"Bahasa Indonesia\"}")
        .contains("{\"id\":\"2\",\"label\":\"English\"}")
        .contains(
            "\"plain\":\"Pilih bahasa / Choose a language:\\n1. Bahasa Indonesia\\n2. English\"");

    HttpResponse<String> button =
        post("application/json", "{\"from\":\"sim:endpoint-happy\",\"choice\":\"2\"}");
    assertThat(button.statusCode()).isEqualTo(200);
    assertThat(button.body()).contains("May we keep your answers");
    // the HTTP answer is the delivery: every reply is logged as sent, with no step after
    assertThat(messageLog.of("sim:endpoint-happy"))
        .filteredOn(e -> e.direction() == MessageLog.Direction.OUT)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(MessageLog.Status.SENT));
  }

  static Stream<Arguments> oddTexts() {
    return Stream.of(
        Arguments.of("empty", "", "Balas 1 untuk Bahasa Indonesia"),
        Arguments.of("whitespace", "   \t  ", "Balas 1 untuk Bahasa Indonesia"),
        Arguments.of("10,000 characters", "a".repeat(10_000), "terlalu panjang"),
        Arguments.of("emoji only", "🙏🙏🔥", "Balas 1 untuk Bahasa Indonesia"),
        Arguments.of("control characters", "\u0001\u0002\u001b[31m", "Balas 1 untuk"),
        Arguments.of("right-to-left", "\u202Eمرحبا", "Balas 1 untuk Bahasa Indonesia"));
  }

  @ParameterizedTest(name = "{0} gets a polite re-ask")
  @MethodSource("oddTexts")
  void oddTextGetsAPoliteReAsk(String name, String text, String expected) throws Exception {
    String from = "sim:odd-" + name.replaceAll("[^a-z0-9]", "");
    say(from, "halo");
    HttpResponse<String> response = say(from, text);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(expected).contains("Pilih bahasa");
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of(
            "malformed JSON",
            "application/json",
            "{\"from\":\"sim:x\",\"text\":",
            400,
            "not valid JSON"),
        Arguments.of(
            "missing text", "application/json", "{\"from\":\"sim:x\"}", 400, "text is required"),
        Arguments.of(
            "missing from", "application/json", "{\"text\":\"halo\"}", 400, "from is required"),
        Arguments.of(
            "from without scheme",
            "application/json",
            "{\"from\":\"alice\",\"text\":\"halo\"}",
            400,
            "from is required"),
        Arguments.of("a JSON array", "application/json", "[1,2]", 400, "not valid JSON"),
        Arguments.of("not JSON at all", "text/plain", "halo", 415, "unsupported content type"),
        Arguments.of(
            "over 64 KiB",
            "application/json",
            "{\"from\":\"sim:x\",\"text\":\"" + "a".repeat(70_000) + "\"}",
            413,
            "too large"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("badRequests")
  void badRequestsGetAClearJsonError(
      String name, String contentType, String body, int status, String error) throws Exception {
    HttpResponse<String> response = post(contentType, body);
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).startsWith("{\"error\":").contains(error);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
    byte[] big =
        ("{\"from\":\"sim:x\",\"text\":\"" + "b".repeat(100_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/simulator/messages"))
                .header("Content-Type", "application/json")
                // no length known up front: sent chunked
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build(),
            BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("too large");
  }

  @Test
  void theChatPageIsServedAtTheRoot() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
            BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Lokerbot").contains("/simulator/messages");
  }
}
