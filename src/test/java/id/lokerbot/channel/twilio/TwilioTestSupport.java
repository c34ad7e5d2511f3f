package id.lokerbot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.lokerbot.TestClockConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the Twilio tests (so it is built once), with a WireMock standing in for
 * the Twilio API on a free port and a test auth token to sign webhook calls with.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lokerbot.twilio.account-sid=" + TwilioTestSupport.ACCOUNT,
      "lokerbot.twilio.auth-token=" + TwilioTestSupport.TOKEN,
      "lokerbot.public-url=" + TwilioTestSupport.PUBLIC_URL,
      "lokerbot.twilio.whatsapp-from=+14155238886",
      "lokerbot.twilio.sms-from=+15005550006",
      "lokerbot.twilio.whatsapp-template-content-sid=" + TwilioTestSupport.TEMPLATE,
      "lokerbot.twilio.whatsapp-template-variables={\"1\":\"Lokerbot\"}",
      // the test clock stands still: retries are due at once, and tests move the clock past
      // retry-for to see a message given up
      "lokerbot.twilio.retry-for=1h",
      "lokerbot.twilio.retry-backoff=0ms",
      "lokerbot.twilio.retry-max-backoff=0ms"
    })
@Import(TestClockConfig.class)
abstract class TwilioTestSupport {

  static final String ACCOUNT = "AC00000000000000000000000000000001";
  static final String TOKEN = "test-auth-token-0123456789abcdef";
  static final String PUBLIC_URL = "https://bot.example.org";
  static final String TEMPLATE = "HX00000000000000000000000000000001";
  static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  static final String CONTENT_PATH = "/v1/Content";

  /** On a fixed free port, so a test can stop it (connection refused) and start it again. */
  static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().port(freePort()));

  static {
    TWILIO.start();
    Runtime.getRuntime().addShutdownHook(new Thread(TWILIO::stop));
  }

  @DynamicPropertySource
  static void twilioApi(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.twilio.api-url", TWILIO::baseUrl);
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Twilio accepting every message and every new Content resource with a fresh SID. */
  static void acceptEverything() {
    if (!TWILIO.isRunning()) {
      TWILIO.start();
    }
    TWILIO.resetAll();
    TWILIO.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages.json")).willReturn(created()));
    TWILIO.stubFor(post(urlPathEqualTo(CONTENT_PATH)).willReturn(contentCreated()));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder contentCreated() {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"sid\": \"HX{{randomValue length=32 type='HEXADECIMAL'}}\", \"account_sid\": \""
                + ACCOUNT
                + "\", \"friendly_name\": \"{{jsonPath request.body '$.friendly_name'}}\","
                + " \"language\": \"{{jsonPath request.body '$.language'}}\", \"types\": {},"
                + " \"variables\": {}, \"links\": {}}")
        .withTransformers("response-template");
  }

  /** The Content resources created, oldest first, as JSON. */
  static List<String> contentCreations() {
    List<ServeEvent> events = new ArrayList<>(TWILIO.getAllServeEvents());
    java.util.Collections.reverse(events); // WireMock lists the newest first
    return events.stream()
        .filter(e -> e.getRequest().getUrl().startsWith(CONTENT_PATH))
        .map(e -> e.getRequest().getBodyAsString())
        .toList();
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"sid\": \"SM{{randomValue length=32 type='HEXADECIMAL'}}\", \"status\": \"queued\","
                + " \"num_segments\": \"1\", \"account_sid\": \""
                + ACCOUNT
                + "\"}")
        .withTransformers("response-template");
  }

  static ResponseBody error(int status, int code, String message) {
    return new ResponseBody(status, code, message);
  }

  record ResponseBody(int status, int code, String message) {
    com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response() {
      return aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withBody(
              "{\"code\": %d, \"message\": \"%s\", \"more_info\": \"https://www.twilio.com/docs/errors/%d\", \"status\": %d}"
                  .formatted(code, message, code, status));
    }
  }

  /** The message-create calls Twilio received, oldest first, as form parameters. */
  static List<Map<String, String>> sentMessages() {
    List<ServeEvent> events = new ArrayList<>(TWILIO.getAllServeEvents());
    java.util.Collections.reverse(events); // WireMock lists the newest first
    List<Map<String, String>> out = new ArrayList<>();
    for (ServeEvent event : events) {
      if (event.getRequest().getUrl().startsWith(MESSAGES_PATH)) {
        Map<String, String> form = new TreeMap<>();
        TwilioSignature.parseForm(event.getRequest().getBodyAsString())
            .forEach((k, v) -> form.put(k, v.get(0)));
        out.add(form);
      }
    }
    return out;
  }

  /** Twilio's signature, computed here independently of the SDK: URL + sorted name+value. */
  static String sign(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String formBody(Map<String, String> params) {
    StringBuilder body = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return body.toString();
  }

  /** POSTs a form to this server; {@code signature} null means no signature header. */
  HttpResponse<String> postForm(String pathAndQuery, Map<String, String> params, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(params)));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs as Twilio would: signed over our public URL (with its query) and the form. */
  HttpResponse<String> postSigned(String pathAndQuery, Map<String, String> params)
      throws Exception {
    return postForm(pathAndQuery, params, sign(PUBLIC_URL + pathAndQuery, params));
  }
}
