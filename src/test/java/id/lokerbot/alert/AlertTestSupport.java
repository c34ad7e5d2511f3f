package id.lokerbot.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring context for the alert tests: a fake Twilio (WireMock on a free port) for SMS and
 * WhatsApp, a clock the tests move, and the delivery worker switched off so each test runs it by
 * hand.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lokerbot.twilio.account-sid=" + AlertTestSupport.ACCOUNT,
      "lokerbot.twilio.auth-token=alert-test-token-0123456789",
      "lokerbot.public-url=https://bot.example.org",
      "lokerbot.twilio.whatsapp-from=+14155238886",
      "lokerbot.twilio.sms-from=+15005550006",
      "lokerbot.twilio.whatsapp-template-content-sid=" + AlertTestSupport.TEMPLATE,
      "lokerbot.alert.worker=false",
      "lokerbot.alert.unsubscribe-secret=alert-test-secret",
      "lokerbot.alert.daily-cap=3"
    })
@Import(TestClockConfig.class)
abstract class AlertTestSupport {

  static final String ACCOUNT = "AC00000000000000000000000000000009";
  static final String TEMPLATE = "HX00000000000000000000000000000009";
  static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());
  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private static final AtomicInteger OFFERS = new AtomicInteger();

  static {
    TWILIO.start();
    Runtime.getRuntime().addShutdownHook(new Thread(TWILIO::stop));
  }

  @DynamicPropertySource
  static void twilioApi(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.twilio.api-url", TWILIO::baseUrl);
  }

  @Autowired MutableClock clock;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired OfferMatching matching;
  @Autowired DeliveryWorker worker;
  @Autowired JdbcClient jdbc;

  static void acceptEverything() {
    TWILIO.resetAll();
    TWILIO.stubFor(
        post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages.json"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"sid\": \"SM{{randomValue length=32 type='HEXADECIMAL'}}\","
                            + " \"status\": \"queued\", \"num_segments\": \"1\"}")
                    .withTransformers("response-template")));
  }

  /** A phone number no other test uses. */
  static String phone() {
    return "+62812900%05d".formatted(NUMBERS.incrementAndGet());
  }

  static Instant wib(String local) {
    return LocalDateTime.parse(local).atZone(WIB).toInstant();
  }

  /** Subscribes as the chat does: the event, published in a transaction. */
  void subscribe(
      String owner,
      String deliverTo,
      List<String> regencies,
      List<String> sectors,
      String keywords,
      Frequency frequency,
      int hour) {
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new SubscribeRequested(
                    owner,
                    regencies,
                    sectors,
                    keywords,
                    deliverTo,
                    frequency,
                    hour,
                    "id",
                    clock.instant())));
  }

  NewOffer offer(String title, String regency, String sector) {
    return new NewOffer(
        "t-" + OFFERS.incrementAndGet(),
        "vacancy",
        title,
        regency,
        sector,
        "Dibutuhkan segera. Lamar lewat Lokerbot.",
        clock.instant());
  }

  /** Runs the worker once over every channel, as the schedule would. */
  int sendDue() {
    int sent = 0;
    for (String channel : DeliveryWorker.CHANNELS) {
      sent += worker.sendDue(channel, 1000, clock.instant());
    }
    return sent;
  }

  /** The message-create calls Twilio received for one number, oldest first. */
  static List<Map<String, String>> sentTo(String phone) {
    List<ServeEvent> all = new ArrayList<>(TWILIO.getAllServeEvents());
    all.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    List<Map<String, String>> out = new ArrayList<>();
    for (ServeEvent event : all) {
      if (!event.getRequest().getUrl().startsWith(MESSAGES_PATH)) {
        continue;
      }
      Map<String, String> form = form(event.getRequest().getBodyAsString());
      if (form.getOrDefault("To", "").endsWith(phone)) {
        out.add(form);
      }
    }
    return out;
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new TreeMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  List<String> states(String deliverTo) {
    return jdbc.sql("select state from alert_delivery where deliver_to = ? order by id")
        .param(deliverTo)
        .query(String.class)
        .list();
  }
}
