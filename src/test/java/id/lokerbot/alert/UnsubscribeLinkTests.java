package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.content.ContentService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The signed unsubscribe link in SMS alerts: a confirm page, then unsubscribed; no login. */
class UnsubscribeLinkTests extends AlertTestSupport {

  @Autowired UnsubscribeLinks links;
  @Autowired ContentService content;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private long subscribeBySms(String phone) {
    subscribe("whatsapp:" + phone, "sms:" + phone, List.of(), List.of(), "", Frequency.INSTANT, -1);
    subscribe(
        "whatsapp:" + phone,
        "sms:" + phone,
        List.of("33.21"),
        List.of(),
        "kasir",
        Frequency.DAILY,
        7);
    return jdbc.sql("select min(id) from alert_subscription where deliver_to = ?")
        .param("sms:" + phone)
        .query(Long.class)
        .single();
  }

  @Test
  void aGoodLinkAsksFirstThenUnsubscribesEveryAlertToThatNumber() throws Exception {
    String phone = phone();
    long id = subscribeBySms(phone);
    String token = links.token(id);
    assertThat(links.link(id)).isEqualTo("https://bot.example.org/u/" + token);

    HttpResponse<String> page = get("/u/" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("<html lang=\"id\"")
        .contains("Berhenti menerima info lowongan ke nomor")
        .contains("…" + phone.substring(phone.length() - 4))
        .doesNotContain(phone) // the full number is never shown
        .contains("<form method=\"post\" action=\"/u/" + token + "\">");
    assertThat(active(phone)).as("looking does not unsubscribe").isEqualTo(2);

    HttpResponse<String> done = post("/u/" + token);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Selesai. Kamu tidak akan menerima info lowongan");
    assertThat(active(phone)).isZero();
    assertThat(post("/u/" + token).statusCode()).as("twice is fine").isEqualTo(200);
  }

  @Test
  void aWrongOrAlteredLinkGetsAKindPageAnd403() throws Exception {
    String phone = phone();
    long id = subscribeBySms(phone);
    String token = links.token(id);
    String otherId = Long.toString(id + 1, 36) + token.substring(token.indexOf('.'));
    int middle = token.indexOf('.') + 5;
    String flipped =
        token.substring(0, middle)
            + (token.charAt(middle) == 'A' ? 'B' : 'A')
            + token.substring(middle + 1);
    // the last character carries spare bits: another spelling of the same signature, which base64
    // decoding accepted (the 200 seen in a merged run); tokens are now compared as text
    String respelled = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    for (String bad :
        List.of(otherId, flipped, respelled, "nonsense", "abc.def", token + "x", "." + token)) {
      HttpResponse<String> get = get("/u/" + bad);
      assertThat(get.statusCode()).as("GET %s", bad).isEqualTo(403);
      assertThat(get.body()).contains("Maaf, tautan ini tidak berlaku").doesNotContain("Exception");
      assertThat(post("/u/" + bad).statusCode()).as("POST %s", bad).isEqualTo(403);
    }
    assertThat(active(phone)).isEqualTo(2);
  }

  @Test
  void everyAlertMessageExistsInEveryLanguage() {
    var messages = content.current().messages();
    Set<String> id = alertKeys(messages.keys("id"));
    Set<String> en = alertKeys(messages.keys("en"));
    assertThat(id).isNotEmpty().isEqualTo(en);
  }

  private static Set<String> alertKeys(Set<String> keys) {
    Set<String> out = new TreeSet<>();
    keys.stream().filter(k -> k.startsWith("alert.")).forEach(out::add);
    return out;
  }

  private int active(String phone) {
    return jdbc.sql(
            "select count(*) from alert_subscription where deliver_to = ? and removed = false")
        .param("sms:" + phone)
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
