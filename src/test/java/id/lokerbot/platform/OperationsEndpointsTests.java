package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.StaffClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What operations see: health with its components (no secrets), and a Prometheus scrape with the
 * lokerbot meters after a conversation.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lokerbot.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
      "lokerbot.twilio.auth-token=f00dfacecafebeef0123456789abcdef",
      "lokerbot.twilio.api-url=http://127.0.0.1:9"
    })
class OperationsEndpointsTests {

  @LocalServerPort int port;

  @Test
  void healthShowsDatabaseContentAndProvidersWithoutSecrets() throws Exception {
    HttpResponse<String> health = new StaffClient(port).get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"db\"", "\"content\"", "\"version\"", "\"lastReloadProblems\":[]")
        .contains("\"telegram\":{\"details\":{\"configured\":false")
        .contains("\"twilio\":{\"details\":{\"configured\":true")
        .contains("\"catalogIndex\":{\"details\":{")
        .contains("\"unindexedChangeWaitingSeconds\":0")
        .doesNotContain("f00dfacecafebeef");
  }

  @Test
  void prometheusShowsTurnsMessagesAndQueues() throws Exception {
    StaffClient client = new StaffClient(port);
    client.send(
        "POST",
        "/simulator/messages",
        "{\"from\":\"sim:metrics\",\"text\":\"halo\"}",
        "Content-Type",
        "application/json");
    HttpResponse<String> scrape =
        client.send("GET", "/actuator/prometheus", null, "X-Admin-Key", "test-admin-key");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("lokerbot_turn_seconds_bucket{")
        .contains("lokerbot_turn_seconds_count")
        .containsPattern(
            "lokerbot_messages_total\\{channel=\"sim\",direction=\"in\",status=\"received\"\\}"
                + " [1-9]")
        .containsPattern(
            "lokerbot_messages_total\\{channel=\"sim\",direction=\"out\",status=\"replied\"\\}"
                + " [1-9]")
        .contains("lokerbot_send_queue_size{channel=\"telegram\"}")
        .contains("lokerbot_send_queue_size{channel=\"whatsapp\"}")
        .contains("lokerbot_send_queue_oldest_seconds{channel=\"sms\"}")
        // catalogue search latency (a histogram), alerts, referral delivery
        .contains("lokerbot_search_seconds_bucket{")
        .contains("lokerbot_search_seconds_count")
        .contains("lokerbot_alerts_total{outcome=\"sent\"}")
        .contains("lokerbot_alerts_total{outcome=\"deferred\"}")
        .contains("lokerbot_alerts_total{outcome=\"suppressed\"}")
        .contains("lokerbot_alert_queue_size ")
        .contains("lokerbot_alert_queue_oldest_seconds ")
        .contains("lokerbot_referral_queue_size ")
        .contains("lokerbot_referral_queue_oldest_seconds ")
        // every request is timed once; Spring Security's per-filter observations are off (cost)
        .contains("http_server_requests_seconds_count{")
        .doesNotContain("spring_security_");
  }
}
