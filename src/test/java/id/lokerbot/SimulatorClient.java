package id.lokerbot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running node over HTTP, as the simulator page (or a provider) would. */
public final class SimulatorClient {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** One answer: the status, the Retry-After header, and the JSON body. */
  public record Answer(int status, String retryAfter, JsonNode body) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public SimulatorClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Sends a message; {@code id} may be null. */
  public Answer send(String from, String text, String id) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("from", from);
    body.put("text", text);
    if (id != null) {
      body.put("id", id);
    }
    return call(
        HttpRequest.newBuilder(URI.create(base + "/simulator/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  public Answer get(String path) {
    return call(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private Answer call(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(request, (k, v) -> true)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Retry-After").orElse(null),
          response.body().isEmpty() ? null : JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
