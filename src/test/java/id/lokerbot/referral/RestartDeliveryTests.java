package id.lokerbot.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.lokerbot.LokerbotApplication;
import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application stops with a referral half delivered and starts again on the same (file)
 * database: the referral still reaches the partner.
 */
class RestartDeliveryTests {

  @TempDir Path dir;
  WireMockServer partner = new WireMockServer(options().dynamicPort());

  @BeforeEach
  void start() {
    partner.start();
  }

  @AfterEach
  void stop() {
    partner.stop();
  }

  @Test
  void restartedBetweenAttemptsStillDelivers() {
    partner.stubFor(post(urlEqualTo("/r")).willReturn(aResponse().withStatus(503)));
    String id;
    try (ConfigurableApplicationContext first = app()) {
      ReferralRequested request = ReferralTestSupport.request(ReferralTestSupport.RETAIL, "sim:a");
      id = request.referralId();
      first.getBean(Referrals.class).create(request);
      ReferralRepository repository = first.getBean(ReferralRepository.class);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> repository.find(id).orElseThrow().attempts() == 1);
    }
    partner.resetAll();
    partner.stubFor(post(urlEqualTo("/r")).willReturn(aResponse().withStatus(200)));

    try (ConfigurableApplicationContext second = app()) {
      second.getBean(MutableClock.class).advance(Duration.ofHours(2));
      assertThat(second.getBean(Deliveries.class).pollOnce()).isEqualTo(1);
      ReferralRepository repository = second.getBean(ReferralRepository.class);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> repository.find(id).orElseThrow().delivery().equals("delivered"));
      assertThat(repository.find(id).orElseThrow().attempts()).isEqualTo(2);
    }
    partner.verify(
        1, postRequestedFor(urlEqualTo("/r")).withHeader("Idempotency-Key", equalTo(id)));
  }

  @Test
  void stoppedMidRequestIsPickedUpWhenTheLeaseRunsOut() {
    // the partner is slow: the application stops while the request is in flight
    partner.stubFor(
        post(urlEqualTo("/r")).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));
    String id;
    try (ConfigurableApplicationContext first = app()) {
      ReferralRequested request = ReferralTestSupport.request(ReferralTestSupport.RETAIL, "sim:b");
      id = request.referralId();
      first.getBean(Referrals.class).create(request);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !partner.findAll(postRequestedFor(urlEqualTo("/r"))).isEmpty());
    }
    partner.resetAll();
    partner.stubFor(post(urlEqualTo("/r")).willReturn(aResponse().withStatus(200)));

    try (ConfigurableApplicationContext second = app()) {
      ReferralRepository repository = second.getBean(ReferralRepository.class);
      Deliveries deliveries = second.getBean(Deliveries.class);
      ReferralRow row = repository.find(id).orElseThrow();
      assertThat(row.delivery()).isEqualTo("pending");
      // still held by the stopped node until its lease runs out
      assertThat(deliveries.pollOnce()).isZero();
      second.getBean(MutableClock.class).advance(Duration.ofMinutes(3));
      assertThat(deliveries.pollOnce()).isEqualTo(1);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> repository.find(id).orElseThrow().delivery().equals("delivered"));
    }
    partner.verify(
        1, postRequestedFor(urlEqualTo("/r")).withHeader("Idempotency-Key", equalTo(id)));
  }

  private ConfigurableApplicationContext app() {
    String db =
        "jdbc:h2:file:"
            + dir.resolve("lokerbot").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    return new SpringApplicationBuilder(LokerbotApplication.class, TestClockConfig.class)
        .web(WebApplicationType.NONE)
        // command-line arguments: they win over the test configuration file
        .run(
            "--spring.datasource.url=" + db,
            "--LOKERBOT_PARTNER_SAMPLE_RETAIL_URL=" + partner.baseUrl() + "/r",
            "--LOKERBOT_PARTNER_SAMPLE_RETAIL_SECRET=s3cret",
            "--lokerbot.referral.allow-http=true",
            "--lokerbot.referral.poller-enabled=false",
            "--lokerbot.referral.request-timeout=10s",
            "--lokerbot.referral.first-backoff=1m",
            "--lokerbot.referral.max-backoff=10m",
            "--lokerbot.referral.lease=2m");
  }
}
