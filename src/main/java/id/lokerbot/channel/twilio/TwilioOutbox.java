package id.lokerbot.channel.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.PlainText;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS and WhatsApp messages through Twilio, in order per address, and records each one in the
 * message log.
 *
 * <p>The retry rule: a request is sent again only when Twilio certainly did not create the message:
 * HTTP 429 / error 20429 ("never processed, always safe to retry") and connection failures before
 * the request went out. Everything else is recorded as failed and not retried. A 5xx or a lost
 * answer means we cannot know whether the message exists, so it is recorded as failed with an
 * {@code unsure-…} error code and never resent automatically (a resend could reach the person
 * twice); a later status callback for it corrects the record.
 */
class TwilioOutbox implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TwilioOutbox.class);

  /** Twilio's cap on a message body. */
  private static final int WHATSAPP_MAX = 1600;

  private static final int UNSUBSCRIBED = 21610;
  private static final int OUTSIDE_WINDOW = 63016;
  private static final int TOO_MANY_REQUESTS = 20429;

  private final TwilioRestClient client;
  private final TwilioProperties properties;
  private final String statusCallbackUrl;
  private final TwilioMessageStatus status;
  private final OptOuts optOuts;
  private final Clock clock;
  private final ExecutorService executor;
  private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

  TwilioOutbox(
      TwilioRestClient client,
      TwilioProperties properties,
      String publicUrl,
      TwilioMessageStatus status,
      OptOuts optOuts,
      Clock clock) {
    this.client = client;
    this.properties = properties;
    this.statusCallbackUrl =
        publicUrl == null || publicUrl.isBlank()
            ? null
            : publicUrl.replaceAll("/+$", "") + TwilioWebhookController.STATUS_PATH;
    this.status = status;
    this.optOuts = optOuts;
    this.clock = clock;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            properties.senderThreads(),
            r -> {
              Thread t = new Thread(r, "twilio-send-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Records the message as queued and sends it after the ones before it to the same address. */
  void send(OutboundMessage message) {
    String address = message.address();
    // the conversation already logged its replies; alerts and news get their row here
    long id =
        message.logId() != null
            ? message.logId()
            : status.queued(address, Addresses.scheme(address));
    Runnable task =
        () -> {
          try {
            deliver(message, id);
          } catch (RuntimeException e) {
            log.error("sending to {} failed", Addresses.masked(address), e);
            status.failed(id, "error");
          }
        };
    CompletableFuture<Void> tail =
        lanes.compute(
            address,
            (key, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                    .thenRunAsync(task, executor));
    tail.whenComplete((ignored, error) -> lanes.remove(address, tail));
  }

  /** Waits until everything queued so far has been sent (or given up). */
  boolean awaitIdle(Duration timeout) {
    try {
      CompletableFuture.allOf(lanes.values().toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** On shutdown: let queued replies go out first, within the drain timeout. */
  @Override
  public void close() {
    if (!awaitIdle(properties.drainTimeout())) {
      log.warn("shutting down with Twilio messages still queued: they are recorded as queued");
    }
    executor.shutdownNow();
  }

  private void deliver(OutboundMessage message, long id) {
    String address = message.address();
    switch (Addresses.scheme(address)) {
      case "sms" -> deliverSms(message, id);
      case "whatsapp" -> deliverWhatsApp(message, id);
      default -> status.failed(id, "no-channel");
    }
  }

  private void deliverSms(OutboundMessage message, long id) {
    String to = message.address().substring("sms:".length());
    String body = SmsText.render(message, properties.smsMaxSegments());
    MessageCreator creator =
        creator(to, properties.smsMessagingServiceSid(), properties.smsFrom(), body);
    if (creator == null) {
      log.warn("no SMS sender set (lokerbot.twilio.sms-from or sms-messaging-service-sid)");
      status.failed(id, "no-sender");
      return;
    }
    record(id, message.address(), attempt(creator, id));
  }

  private void deliverWhatsApp(OutboundMessage message, long id) {
    String address = message.address();
    if (!insideWindow(address)) {
      sendTemplate(address, id); // free text would fail with 63016: never attempt it
      return;
    }
    MessageCreator creator = whatsapp(address, whatsappText(message));
    if (creator == null) {
      log.warn("no WhatsApp sender set (lokerbot.twilio.whatsapp-from or messaging service)");
      status.failed(id, "no-sender");
      return;
    }
    Outcome outcome = attempt(creator, id);
    if (outcome instanceof Rejected rejected && rejected.code() == OUTSIDE_WINDOW) {
      // Twilio's view of the window wins over ours (for example after a restart on a new database)
      status.failed(id, String.valueOf(OUTSIDE_WINDOW));
      sendTemplate(address, status.queued(address, "whatsapp"));
      return;
    }
    record(id, address, outcome);
  }

  private void sendTemplate(String address, long id) {
    if (properties.whatsappTemplateContentSid().isBlank()) {
      log.warn(
          "{} is outside the WhatsApp window and no template is set: not sent",
          Addresses.masked(address));
      status.failed(id, "no-template");
      return;
    }
    MessageCreator creator = whatsapp(address, null);
    if (creator == null) {
      status.failed(id, "no-sender");
      return;
    }
    creator.setContentSid(properties.whatsappTemplateContentSid());
    if (!properties.whatsappTemplateVariables().isBlank()) {
      creator.setContentVariables(properties.whatsappTemplateVariables());
    }
    record(id, address, attempt(creator, id));
  }

  private boolean insideWindow(String address) {
    Instant cutoff = clock.instant().minus(properties.whatsappWindow());
    return status.lastInbound(address).map(last -> last.isAfter(cutoff)).orElse(false);
  }

  /** Free text with numbered choices. Buttons and lists need Content templates (see README). */
  private static String whatsappText(OutboundMessage message) {
    String text = PlainText.render(message);
    return text.length() <= WHATSAPP_MAX ? text : text.substring(0, WHATSAPP_MAX - 1) + "…";
  }

  /** The address is sent to as it came: {@code whatsapp:} + whatever Twilio's From said. */
  private MessageCreator whatsapp(String address, String body) {
    String from = properties.whatsappFrom();
    if (!from.isBlank() && !from.startsWith("whatsapp:")) {
      from = "whatsapp:" + from;
    }
    return creator(address, properties.whatsappMessagingServiceSid(), from, body);
  }

  private MessageCreator creator(String to, String serviceSid, String from, String body) {
    MessageCreator creator;
    if (!serviceSid.isBlank()) {
      creator = Message.creator(new PhoneNumber(to), serviceSid, body);
    } else if (!from.isBlank()) {
      creator = Message.creator(new PhoneNumber(to), new PhoneNumber(from), body);
    } else {
      return null;
    }
    return creator;
  }

  private void setCallback(MessageCreator creator, long id) {
    if (statusCallbackUrl != null) {
      creator.setStatusCallback(statusCallbackUrl + "?m=" + id);
    }
  }

  sealed interface Outcome permits Accepted, Rejected {}

  record Accepted(String sid, String status) implements Outcome {}

  /**
   * @param code Twilio's error code, or 0
   * @param errorCode what goes into the message log
   */
  record Rejected(int code, String errorCode) implements Outcome {}

  private Outcome attempt(MessageCreator creator, long id) {
    setCallback(creator, id);
    for (int attempt = 1; ; attempt++) {
      try {
        Message sent = creator.create(client);
        return new Accepted(
            sent.getSid(), sent.getStatus() == null ? null : sent.getStatus().toString());
      } catch (ApiException e) {
        boolean safe = throttled(e) || notConnected(e);
        if (safe && attempt < properties.retryAttempts()) {
          if (!pause(backoff(attempt))) {
            return new Rejected(0, "interrupted");
          }
          continue;
        }
        return rejected(e);
      }
    }
  }

  private void record(long id, String address, Outcome outcome) {
    if (outcome instanceof Accepted accepted) {
      status.accepted(id, accepted.sid(), accepted.status());
      log.info("sent {} to {}", accepted.sid(), Addresses.masked(address));
      return;
    }
    Rejected rejected = (Rejected) outcome;
    status.failed(id, rejected.errorCode());
    if (rejected.code() == UNSUBSCRIBED) {
      optOuts.stop(address, "twilio " + UNSUBSCRIBED);
      log.info("{} has unsubscribed at Twilio (21610): stopped", Addresses.masked(address));
    } else {
      log.warn("not sent to {}: {}", Addresses.masked(address), rejected.errorCode());
    }
  }

  private static Rejected rejected(ApiException e) {
    int code = e.getCode() == null ? 0 : e.getCode();
    Integer http = e.getStatusCode();
    if (http != null && http >= 500) {
      return new Rejected(code, "unsure-http-" + http);
    }
    if (notConnected(e)) {
      return new Rejected(code, "no-connection");
    }
    if (code != 0) {
      return new Rejected(code, String.valueOf(code));
    }
    if (http != null && http > 0) {
      return new Rejected(code, "http-" + http);
    }
    return new Rejected(code, "unsure-no-answer"); // the request may have gone out
  }

  private static boolean throttled(ApiException e) {
    return Integer.valueOf(429).equals(e.getStatusCode())
        || Integer.valueOf(TOO_MANY_REQUESTS).equals(e.getCode());
  }

  /** The connection never opened, so the request was certainly not sent. */
  private static boolean notConnected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private Duration backoff(int attempt) {
    long base = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, properties.retryMaxBackoff().toMillis());
    return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
  }

  private static boolean pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
