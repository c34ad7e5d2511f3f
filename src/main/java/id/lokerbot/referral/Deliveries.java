package id.lokerbot.referral;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import io.micrometer.core.instrument.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers referrals. Each attempt first claims the row (one conditional update, safe across
 * nodes), then sends; the outcome is written back by the claim holder. Nothing waits in a thread: a
 * failed attempt stores its next attempt time and the poller picks it up when due, also after a
 * restart. The {@link ReferralCreated} event only starts the first attempt quickly.
 */
@Component
class Deliveries {

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

  /** Choice ids on the recruiter's buttons: {@code ref:<referral id>:accept}. */
  static final String CHOICE_PREFIX = "ref:";

  static final String ACCEPT = "accept";
  static final String DECLINE = "decline";

  private final ReferralRepository repository;
  private final Partners partners;
  private final Messenger messenger;
  private final ContentService content;
  private final Environment environment;
  private final JsonMapper json;
  private final Clock clock;
  private final ReferralProperties properties;
  private final Backoff backoff;
  private final HttpClient http;

  Deliveries(
      ReferralRepository repository,
      Partners partners,
      Messenger messenger,
      ContentService content,
      Environment environment,
      JsonMapper json,
      Clock clock,
      ReferralProperties properties) {
    this.repository = repository;
    this.partners = partners;
    this.messenger = messenger;
    this.content = content;
    this.environment = environment;
    this.json = json;
    this.clock = clock;
    this.properties = properties;
    this.backoff =
        new Backoff(properties.firstBackoff(), properties.maxBackoff(), new SplittableRandom());
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @ApplicationModuleListener
  void on(ReferralCreated event) {
    attempt(event.referralId());
  }

  /** Picks up due deliveries: retries, and first attempts a stopped node never made. */
  @Scheduled(
      fixedDelayString = "${lokerbot.referral.poll-interval:15s}",
      initialDelayString = "${lokerbot.referral.poll-interval:15s}")
  void poll() {
    if (properties.pollerEnabled()) {
      pollOnce();
    }
  }

  /** One round of the poller; returns how many attempts it started. */
  int pollOnce() {
    int started = 0;
    for (String id : repository.due(clock.instant(), properties.batchSize())) {
      if (attempt(id) != null) {
        started++;
      }
    }
    return started;
  }

  /**
   * Makes one attempt if the referral is due and no other node holds it.
   *
   * @return the attempt's completion, or null when there was nothing to do
   */
  CompletableFuture<Void> attempt(String id) {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    if (!repository.claim(id, token, now, now.plus(properties.lease()))) {
      return null;
    }
    ReferralRow row = repository.find(id).orElseThrow();
    Claim claim = new Claim(row, token, row.attempts() + 1);
    try {
      Partner partner = partners.byId(row.partnerId()).orElse(null);
      if (partner == null) {
        return done(claim, Outcome.retry(null, "partner no longer in content"));
      }
      return partner.delivery().webhook() ? webhook(claim, partner) : chat(claim, partner);
    } catch (RuntimeException e) {
      log.warn("referral {} attempt failed ({})", id, e.getClass().getSimpleName(), e);
      return done(claim, Outcome.retry(null, e.getClass().getSimpleName()));
    }
  }

  record Claim(ReferralRow row, String token, int attempt) {}

  record Outcome(String delivery, Integer httpStatus, String error) {
    static Outcome delivered(Integer status) {
      return new Outcome(ReferralRow.DELIVERED, status, null);
    }

    static Outcome rejected(Integer status, String error) {
      return new Outcome(ReferralRow.REJECTED, status, error);
    }

    static Outcome retry(Integer status, String error) {
      return new Outcome(ReferralRow.PENDING, status, error);
    }
  }

  private CompletableFuture<Void> webhook(Claim claim, Partner partner) {
    String secret = environment.getProperty(partner.delivery().secretEnv(), "");
    if (secret.isBlank()) {
      return done(claim, Outcome.retry(null, partner.delivery().secretEnv() + " is not set"));
    }
    String url = environment.resolvePlaceholders(partner.delivery().url());
    byte[] body = claim.row().payload().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(properties.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", claim.row().id())
            .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
            .header("User-Agent", "lokerbot-referral/1")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, error) -> {
              if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                finish(claim, Outcome.retry(null, cause.getClass().getSimpleName()));
              } else {
                finish(claim, classify(response.statusCode()));
              }
              return null;
            });
  }

  /** 2xx delivered; 408, 429 and 5xx retried; any other answer is a rejection staff look at. */
  static Outcome classify(int status) {
    if (status >= 200 && status < 300) {
      return Outcome.delivered(status);
    }
    if (status == 408 || status == 429 || status >= 500) {
      return Outcome.retry(status, "HTTP " + status);
    }
    return Outcome.rejected(status, "HTTP " + status);
  }

  private CompletableFuture<Void> chat(Claim claim, Partner partner) {
    ReferralPayload payload = json.readValue(claim.row().payload(), ReferralPayload.class);
    var messages = content.current().messages();
    String language = partner.language();
    StringBuilder text =
        new StringBuilder(
            messages.text(
                language,
                "referral.recruiter.card",
                Map.of("vacancy", payload.vacancyTitle(), "partner", partner.name())));
    for (SharedField field : SharedField.values()) {
      String value = payload.candidate().value(field);
      if (value != null) {
        text.append('\n')
            .append(
                messages.text(language, "referral.field." + field.key(), Map.of("value", value)));
      }
    }
    String id = claim.row().id();
    OutboundMessage card =
        new OutboundMessage(
            partner.delivery().chat(),
            text.toString(),
            List.of(
                new Choice(
                    CHOICE_PREFIX + id + ":" + ACCEPT,
                    messages.text(language, "referral.recruiter.accept")),
                new Choice(
                    CHOICE_PREFIX + id + ":" + DECLINE,
                    messages.text(language, "referral.recruiter.decline"))));
    boolean handedOver = messenger.notify(card);
    return done(
        claim,
        handedOver
            ? Outcome.delivered(null)
            : Outcome.retry(null, "no sender for the recruiter chat, or it opted out"));
  }

  private CompletableFuture<Void> done(Claim claim, Outcome outcome) {
    finish(claim, outcome);
    return CompletableFuture.completedFuture(null);
  }

  private void finish(Claim claim, Outcome outcome) {
    try {
      Instant now = clock.instant();
      String delivery = outcome.delivery();
      Instant next = null;
      String result = delivery.equals(ReferralRow.PENDING) ? "retry" : delivery;
      if (delivery.equals(ReferralRow.PENDING)) {
        next = now.plus(backoff.after(claim.attempt()));
        if (next.isAfter(claim.row().giveUpAt())) {
          delivery = ReferralRow.FAILED;
          result = ReferralRow.FAILED;
          next = null;
        }
      }
      boolean stored =
          repository.finish(
              claim.row().id(),
              claim.token(),
              claim.attempt(),
              delivery,
              next,
              now,
              outcome.httpStatus(),
              outcome.error(),
              result);
      if (stored) {
        // lokerbot.referral.deliveries{outcome=delivered|rejected|retry|failed, partner}
        Metrics.counter(
                "lokerbot.referral.deliveries",
                "outcome",
                result,
                "partner",
                claim.row().partnerId())
            .increment();
      }
      if (!delivery.equals(ReferralRow.DELIVERED) && !delivery.equals(ReferralRow.PENDING)) {
        log.warn(
            "referral {} to {} {} after {} attempt(s) ({}): staff, please look",
            claim.row().id(),
            claim.row().partnerId(),
            delivery,
            claim.attempt(),
            outcome.error());
      } else {
        log.info(
            "referral {} to {} attempt {}: {} ({}){}",
            claim.row().id(),
            claim.row().partnerId(),
            claim.attempt(),
            result,
            outcome.error() == null ? outcome.httpStatus() : outcome.error(),
            stored ? "" : " (lease had run out; outcome not stored)");
      }
    } catch (RuntimeException e) {
      // The lease runs out and the poller tries again: at least once, never lost.
      log.error("referral {} outcome not stored ({})", claim.row().id(), e.getClass().getName());
    }
  }
}
