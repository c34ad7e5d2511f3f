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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.assessment.PersonForgotten;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A partner endpoint in WireMock: what each kind of answer does to a referral's delivery. */
@SpringBootTest
@Import(TestClockConfig.class)
class WebhookDeliveryTests {

  static final String SECRET = "retail-test-secret";
  static final WireMockServer partner = new WireMockServer(options().dynamicPort());

  static {
    partner.start();
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add(
        "LOKERBOT_PARTNER_SAMPLE_RETAIL_URL", () -> partner.baseUrl() + "/lokerbot/referrals");
    registry.add("LOKERBOT_PARTNER_SAMPLE_RETAIL_SECRET", () -> SECRET);
    registry.add("lokerbot.referral.allow-http", () -> "true");
    registry.add("lokerbot.referral.poller-enabled", () -> "false");
    registry.add("lokerbot.referral.request-timeout", () -> "3s");
    registry.add("lokerbot.referral.first-backoff", () -> "1m");
    registry.add("lokerbot.referral.max-backoff", () -> "10m");
  }

  @AfterAll
  static void stop() {
    partner.stop();
  }

  @Autowired Referrals referrals;
  @Autowired Deliveries deliveries;
  @Autowired ReferralRepository repository;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  @BeforeEach
  void reset() {
    partner.resetAll();
    // each test watches its own referral only: earlier ones must not be due any more
    jdbc.sql("update referral set delivery = 'delivered' where delivery = 'pending'").update();
  }

  @Test
  void twoHundredIsDeliveredOnceWithSignatureAndIdempotencyKey() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(200)));

    double before = outcomes("delivered");
    String id = create();

    ReferralRow row = awaitDelivery(id, "delivered");
    assertThat(row.attempts()).isEqualTo(1);
    assertThat(outcomes("delivered")).isEqualTo(before + 1);
    List<LoggedRequest> seen = requests(id);
    assertThat(seen).hasSize(1);
    LoggedRequest request = seen.get(0);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(
            WebhookSignature.verify(
                SECRET, request.getBody(), request.getHeader("X-Lokerbot-Signature")))
        .isTrue();
    assertThat(request.getBodyAsString())
        .contains("\"referralId\":\"" + id + "\"", "\"name\":\"Sari\"", "\"age\":21")
        // the retail partner does not receive accommodations
        .doesNotContain("accommodations", "Butuh meja");
  }

  @Test
  void fiveHundredThreeTimesThenTwoHundredReachesThePartnerOnceAsFarAsItsKeyGoes() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("one"));
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("flaky")
            .whenScenarioStateIs("one")
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("two"));
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("flaky")
            .whenScenarioStateIs("two")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(200)));

    String id = create();
    for (int attempt = 1; attempt <= 3; attempt++) {
      int done = attempt;
      await().atMost(Duration.ofSeconds(20)).until(() -> row(id).attempts() == done);
      ReferralRow row = row(id);
      assertThat(row.delivery()).isEqualTo("pending");
      assertThat(row.nextAttemptAt()).isAfter(clock.instant());
      // not due yet: the poller leaves it alone
      assertThat(deliveries.pollOnce()).isZero();
      clock.advance(Duration.ofMinutes(11));
      assertThat(deliveries.pollOnce()).isEqualTo(1);
    }

    ReferralRow row = awaitDelivery(id, "delivered");
    assertThat(row.attempts()).isEqualTo(4);
    List<LoggedRequest> seen = requests(id);
    assertThat(seen).hasSize(4);
    // every attempt carries the same key and the same signed body
    assertThat(seen).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(id);
    assertThat(seen)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly(seen.get(0).getBodyAsString());
    long successes =
        partner.getAllServeEvents().stream()
            .filter(e -> id.equals(e.getRequest().getHeader("Idempotency-Key")))
            .filter(e -> e.getResponse().getStatus() == 200)
            .count();
    assertThat(successes).isEqualTo(1);
    assertThat(repository.attempts(id))
        .extracting(ReferralRepository.Attempt::outcome)
        .containsExactly("retry", "retry", "retry", "delivered");
    // delivered: nothing is due any more, however late it gets
    clock.advance(Duration.ofDays(1));
    assertThat(deliveries.pollOnce()).isZero();
  }

  @Test
  void fourHundredIsRejectedAndVisibleToStaff() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(400)));

    double before = outcomes("rejected");
    String id = create();

    ReferralRow row = awaitDelivery(id, "rejected");
    assertThat(row.lastError()).isEqualTo("HTTP 400");
    assertThat(outcomes("rejected")).isEqualTo(before + 1);
    assertThat(
            repository.list(new ReferralRepository.Filter(null, null, "rejected", null, null, 10)))
        .extracting(ReferralRow::id)
        .contains(id);
    clock.advance(Duration.ofDays(1));
    assertThat(deliveries.pollOnce()).isZero();
    assertThat(requests(id)).hasSize(1);
  }

  @Test
  void fourOhEightAndFourTwentyNineAreRetried() {
    assertThat(Deliveries.classify(408).delivery()).isEqualTo("pending");
    assertThat(Deliveries.classify(429).delivery()).isEqualTo("pending");
    assertThat(Deliveries.classify(503).delivery()).isEqualTo("pending");
    assertThat(Deliveries.classify(404).delivery()).isEqualTo("rejected");
    assertThat(Deliveries.classify(401).delivery()).isEqualTo("rejected");
    assertThat(Deliveries.classify(204).delivery()).isEqualTo("delivered");
  }

  @Test
  void aSlowPartnerTimesOutAndIsRetried() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(200).withFixedDelay(6_000))
            .willSetStateTo("quick"));
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals"))
            .inScenario("slow")
            .whenScenarioStateIs("quick")
            .willReturn(aResponse().withStatus(201)));

    String id = create();
    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).attempts() == 1);
    assertThat(row(id).delivery()).isEqualTo("pending");
    assertThat(row(id).lastError()).isEqualTo("HttpTimeoutException");

    clock.advance(Duration.ofMinutes(11));
    deliveries.pollOnce();

    ReferralRow row = awaitDelivery(id, "delivered");
    assertThat(row.attempts()).isEqualTo(2);
  }

  @Test
  void aPartnerDownForThreeDaysIsFlaggedForStaffAndCanBeResent() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(503)));

    String id = create();
    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).attempts() == 1);
    for (int i = 0; i < 20 && row(id).delivery().equals("pending"); i++) {
      int before = row(id).attempts();
      clock.advance(Duration.ofHours(12));
      if (deliveries.pollOnce() == 1) {
        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).attempts() == before + 1);
      }
    }
    ReferralRow row = row(id);
    assertThat(row.delivery()).isEqualTo("failed");
    // retried for close to three days, never beyond
    assertThat(Duration.between(row.createdAt(), clock.instant()))
        .isBetween(Duration.ofHours(71), Duration.ofHours(73));
    assertThat(row.attempts()).isEqualTo(7);

    partner.resetAll();
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(200)));
    Instant now = clock.instant();
    assertThat(repository.resend(id, now, now.plus(Duration.ofDays(3)))).isTrue();
    deliveries.pollOnce();
    awaitDelivery(id, "delivered");
    partner.verify(
        1,
        postRequestedFor(urlEqualTo("/lokerbot/referrals"))
            .withHeader("Idempotency-Key", equalTo(id)));
  }

  @Test
  void aDeliveredReferralLeavesNoPersonalDataInTheEventRegistry() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(200)));
    // as the chat does it: the request is an event in the registry, with the candidate in it
    ReferralRequested request =
        ReferralTestSupport.request(ReferralTestSupport.RETAIL, "sim:registry");
    tx.executeWithoutResult(s -> events.publishEvent(request));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> repository.find(request.referralId()).isPresent());
    awaitDelivery(request.referralId(), "delivered");

    // completed publications are deleted (completion-mode: delete), not kept with their payload
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> publicationsContaining(request.referralId()) == 0);
    assertThat(publicationsContaining("Sari")).isZero();
    assertThat(publicationsContaining("+6281200000001")).isZero();
    assertThat(publicationsContaining("Butuh meja")).isZero();
  }

  @Test
  void aPersonWhoDeletesTheirDataLeavesOnlyAnonymousReferrals() {
    partner.stubFor(
        post(urlEqualTo("/lokerbot/referrals")).willReturn(aResponse().withStatus(200)));
    String mine = create("sim:forget-me");
    String other = create("sim:keep-me");
    awaitDelivery(mine, "delivered");
    awaitDelivery(other, "delivered");
    Instant sent = row(mine).createdAt();
    jdbc.sql("update referral_status_event set note = 'Sari was late' where referral_id = ?")
        .param(mine)
        .update();

    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new PersonForgotten(
                    List.of("sim:forget-me", "telegram:999"), "sim:forget-me", clock.instant())));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> row(mine).address().equals(ReferralRow.FORGOTTEN));
    ReferralRow forgotten = row(mine);
    assertThat(forgotten.payload()).isEqualTo("{}");
    assertThat(referrals.of("sim:forget-me")).isEmpty();
    // what the programme counts stays
    assertThat(forgotten.partnerId()).isEqualTo(ReferralTestSupport.RETAIL);
    assertThat(forgotten.vacancyId()).isEqualTo("sample-v-0006");
    assertThat(forgotten.status()).isEqualTo(ReferralStatus.SENT);
    assertThat(forgotten.candidateAge()).isEqualTo(21);
    assertThat(forgotten.createdAt()).isEqualTo(sent);
    assertThat(repository.history(mine)).isNotEmpty().allMatch(e -> e.note() == null);
    // nothing of theirs can be sent again
    Instant now = clock.instant();
    assertThat(repository.resend(mine, now, now.plus(Duration.ofDays(3)))).isFalse();
    // someone else's referral is untouched
    assertThat(row(other).address()).isEqualTo("sim:keep-me");
    assertThat(row(other).payload()).contains("Sari");
  }

  private int publicationsContaining(String text) {
    return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
        .param("%" + text + "%")
        .query(Integer.class)
        .single();
  }

  private String create(String address) {
    ReferralRequested request = ReferralTestSupport.request(ReferralTestSupport.RETAIL, address);
    assertThat(referrals.create(request)).isTrue();
    return request.referralId();
  }

  private String create() {
    ReferralRequested request = ReferralTestSupport.request(ReferralTestSupport.RETAIL, "sim:sari");
    assertThat(referrals.create(request)).isTrue();
    assertThat(referrals.create(request)).as("the same request again").isFalse();
    return request.referralId();
  }

  private ReferralRow row(String id) {
    return repository.find(id).orElseThrow();
  }

  private ReferralRow awaitDelivery(String id, String state) {
    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).delivery().equals(state));
    return row(id);
  }

  private List<LoggedRequest> requests(String id) {
    return partner.findAll(
        postRequestedFor(urlEqualTo("/lokerbot/referrals"))
            .withHeader("Idempotency-Key", equalTo(id)));
  }

  /** {@code lokerbot.referral.deliveries{outcome}} so far, over every partner. */
  /**
   * From this context's own registry: the global composite also holds registries of test contexts
   * closed earlier, and a composite counter reads its first child, which may be one of those.
   */
  private double outcomes(String outcome) {
    return meters.find("lokerbot.referral.deliveries").tag("outcome", outcome).counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count)
        .sum();
  }
}
