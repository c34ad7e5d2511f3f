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
import id.lokerbot.content.ContentService;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends SMS and WhatsApp messages through Twilio from a durable queue ({@link TwilioQueue}): {@link
 * #send} writes the message to the database and returns, and sender threads on every node take the
 * oldest message of each address in turn, so a person's messages arrive in order and a crash or a
 * Twilio outage delays them without losing any. Each message is recorded in the message log.
 *
 * <p>The retry rule: a request is sent again only when Twilio certainly did not create the message:
 * HTTP 429 / error 20429 ("never processed, always safe to retry") and connection failures before
 * the request went out. Those wait in the queue (back-off doubling up to {@code retry-max-backoff})
 * for up to {@code retry-for}. Everything else is recorded as failed and not retried. A 5xx or a
 * lost answer means we cannot know whether the message exists, so it is recorded as failed with an
 * {@code unsure-…} error code and never resent automatically (a resend could reach the person
 * twice); a later status callback for it corrects the record. The same holds for a message whose
 * node stopped in the middle of sending it.
 */
class TwilioOutbox implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TwilioOutbox.class);

  /** Twilio's cap on a message body. */
  private static final int WHATSAPP_MAX = 1600;

  private static final int UNSUBSCRIBED = 21610;
  private static final int OUTSIDE_WINDOW = 63016;
  private static final int TOO_MANY_REQUESTS = 20429;
  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private final TwilioRestClient client;
  private final TwilioProperties properties;
  private final String statusCallbackUrl;
  private final TwilioQueue queue;
  private final TwilioMessageStatus status;
  private final WhatsAppMenus menus;
  private final SmsPages smsPages;
  private final OptOuts optOuts;
  private final ContentService content;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private final ExecutorService senders;
  private final ScheduledExecutorService poller;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Set<Long> working = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean pollQueued = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile Instant lastPurge = Instant.MIN;

  TwilioOutbox(
      TwilioRestClient client,
      TwilioProperties properties,
      String publicUrl,
      TwilioQueue queue,
      TwilioMessageStatus status,
      WhatsAppMenus menus,
      SmsPages smsPages,
      OptOuts optOuts,
      ContentService content,
      TransactionTemplate transaction,
      Clock clock) {
    this.client = client;
    this.properties = properties;
    this.statusCallbackUrl =
        publicUrl == null || publicUrl.isBlank()
            ? null
            : publicUrl.replaceAll("/+$", "") + TwilioWebhookController.STATUS_PATH;
    this.queue = queue;
    this.status = status;
    this.menus = menus;
    this.smsPages = smsPages;
    this.optOuts = optOuts;
    this.content = content;
    this.transaction = transaction;
    this.clock = clock;
    AtomicInteger threads = new AtomicInteger();
    this.senders =
        Executors.newFixedThreadPool(
            properties.senderThreads(),
            r -> {
              Thread t = new Thread(r, "twilio-send-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "twilio-outbox");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(
        this::pollSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Queues the message durably (it is in the database when this returns) and wakes the sender. The
   * conversation already logged its replies; alerts and news get their log row here.
   */
  void send(OutboundMessage message) {
    String address = message.address();
    transaction.executeWithoutResult(
        t -> {
          long id =
              message.logId() != null
                  ? message.logId()
                  : status.queued(address, Addresses.scheme(address));
          queue.add(message, id, clock.instant());
        });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              wake();
            }
          });
    } else {
      wake();
    }
  }

  /** Waits until the queue is empty and nothing is being sent (tests). */
  boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (inFlight.get() == 0 && queue.size() == 0) {
        return true;
      }
      wake();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /**
   * On shutdown: take nothing new, and let the messages being sent right now finish within the
   * drain timeout. Queued messages stay in the database for the next node.
   */
  @Override
  public void close() {
    stopping = true;
    poller.shutdownNow();
    senders.shutdown();
    try {
      if (!senders.awaitTermination(properties.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("shutting down while sending to Twilio: those messages will be marked unsure");
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      senders.shutdownNow();
    }
  }

  /** Asks the poller for a round now (at most one extra round is queued). */
  private void wake() {
    if (!stopping && pollQueued.compareAndSet(false, true)) {
      try {
        poller.execute(
            () -> {
              pollQueued.set(false);
              pollSafely();
            });
      } catch (RejectedExecutionException e) {
        pollQueued.set(false); // shutting down
      }
    }
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.warn("Twilio outbox round failed; next round soon", e);
    }
  }

  /** Takes due messages, up to the free sender threads, and hands them to those threads. */
  private void poll() {
    if (stopping) {
      return;
    }
    Instant now = clock.instant();
    for (long logId : queue.takeInterrupted(now, working::contains)) {
      status.failed(logId, "unsure-interrupted");
      log.warn("a Twilio message was interrupted mid-send: recorded as unsure, not resent");
    }
    if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
      lastPurge = now;
      smsPages.purge(now);
    }
    int free = properties.senderThreads() - inFlight.get();
    if (free <= 0) {
      return;
    }
    for (long id : queue.due(now, free)) {
      if (stopping || !queue.claim(id, node, now, now.plus(properties.lease()))) {
        continue; // taken by another node meanwhile
      }
      inFlight.incrementAndGet();
      working.add(id);
      try {
        senders.execute(() -> process(id));
      } catch (RejectedExecutionException e) {
        working.remove(id);
        inFlight.decrementAndGet(); // shutting down: the lease runs out, another node takes it
        return;
      }
    }
  }

  private void process(long id) {
    try {
      Optional<TwilioQueue.Queued> row = queue.get(id);
      if (row.isEmpty()) {
        return;
      }
      TwilioQueue.Queued queued = row.get();
      Retry retry;
      try {
        retry = deliver(queued.message(), queued.logId(), id);
      } catch (RuntimeException e) {
        log.error("sending to {} failed", Addresses.masked(queued.address()), e);
        status.failed(queued.logId(), "error");
        retry = null;
      }
      if (retry == null) {
        queue.done(id);
        return;
      }
      Instant now = clock.instant();
      if (now.isAfter(queued.createdAt().toInstant().plus(properties.retryFor()))) {
        status.failed(queued.logId(), retry.errorCode());
        log.warn(
            "gave up sending to {} after {}: {}",
            Addresses.masked(queued.address()),
            properties.retryFor(),
            retry.errorCode());
        queue.done(id);
        return;
      }
      queue.retryLater(id, now.plus(backoff(queued.attempt() + 1)));
    } finally {
      working.remove(id);
      inFlight.decrementAndGet();
      wake(); // the next message of this address may be due now
    }
  }

  /** Twilio certainly did not take it: send again later. */
  record Retry(String errorCode) {}

  /** Sends one queued message; null when done (sent or failed for good). */
  private Retry deliver(OutboundMessage message, long logId, long queueId) {
    Runnable beforePost = () -> queue.sending(queueId);
    return switch (Addresses.scheme(message.address())) {
      case "sms" -> deliverSms(message, logId, beforePost);
      case "whatsapp" -> deliverWhatsApp(message, logId, beforePost);
      default -> {
        status.failed(logId, "no-channel");
        yield null;
      }
    };
  }

  private Retry deliverSms(OutboundMessage message, long id, Runnable beforePost) {
    String address = message.address();
    String to = address.substring("sms:".length());
    List<String> pages;
    if (properties.smsTwoWay()) {
      String language = content.current().messages().supported(message.language());
      String more = content.current().messages().text(language, "twilio.sms.more");
      pages = SmsText.pages(message, properties.smsMaxSegments(), more);
    } else {
      pages = List.of(SmsText.render(message, properties.smsMaxSegments()));
    }
    MessageCreator creator =
        creator(to, properties.smsMessagingServiceSid(), properties.smsFrom(), pages.get(0));
    if (creator == null) {
      log.warn("no SMS sender set (lokerbot.twilio.sms-from or sms-messaging-service-sid)");
      status.failed(id, "no-sender");
      return null;
    }
    Outcome outcome = attempt(creator, id, beforePost);
    if (outcome instanceof Accepted && pages.size() > 1) {
      smsPages.save(
          address,
          pages.subList(1, pages.size()),
          message.language(),
          clock.instant().plus(properties.smsPageTtl()));
    }
    return record(id, address, outcome);
  }

  private Retry deliverWhatsApp(OutboundMessage message, long id, Runnable beforePost) {
    String address = message.address();
    if (!insideWindow(address)) {
      return sendTemplate(address, id, beforePost); // free text would fail with 63016
    }
    Optional<WhatsAppMenus.Menu> menu =
        properties.whatsappMenus() ? menus.menu(message) : Optional.empty();
    MessageCreator creator = whatsapp(address, menu.isPresent() ? null : whatsappText(message));
    if (creator == null) {
      log.warn("no WhatsApp sender set (lokerbot.twilio.whatsapp-from or messaging service)");
      status.failed(id, "no-sender");
      return null;
    }
    menu.ifPresent(m -> creator.setContentSid(m.contentSid()).setContentVariables(m.variables()));
    Outcome outcome = attempt(creator, id, beforePost);
    if (outcome instanceof Rejected rejected && rejected.code() == OUTSIDE_WINDOW) {
      // Twilio's view of the window wins over ours (for example after a restart on a new database)
      status.failed(id, String.valueOf(OUTSIDE_WINDOW));
      long templateId = status.queued(address, "whatsapp");
      Retry retry = sendTemplate(address, templateId, beforePost);
      if (retry != null) {
        // throttled: this attempt is recorded; the whole message is tried again later
        status.failed(templateId, retry.errorCode());
      }
      return retry;
    }
    if (menu.isPresent() && outcome instanceof Rejected rejected && menuRefused(rejected)) {
      // Twilio took the request and refused the menu: the text version still reaches the person
      log.warn("WhatsApp menu refused ({}): sending numbered text", rejected.errorCode());
      menus.forget(menu.get().contentSid()); // deleted in the console, say: made anew next time
      MessageCreator text = whatsapp(address, whatsappText(message));
      outcome = attempt(text, id, beforePost);
    }
    return record(id, address, outcome);
  }

  /** A definite 4xx about the content, not about the person or the window. */
  private static boolean menuRefused(Rejected rejected) {
    return rejected.code() != UNSUBSCRIBED
        && rejected.code() != 0
        && !rejected.errorCode().startsWith("unsure")
        && !rejected.errorCode().equals("no-connection");
  }

  private Retry sendTemplate(String address, long id, Runnable beforePost) {
    if (properties.whatsappTemplateContentSid().isBlank()) {
      log.warn(
          "{} is outside the WhatsApp window and no template is set: not sent",
          Addresses.masked(address));
      status.failed(id, "no-template");
      return null;
    }
    MessageCreator creator = whatsapp(address, null);
    if (creator == null) {
      status.failed(id, "no-sender");
      return null;
    }
    creator.setContentSid(properties.whatsappTemplateContentSid());
    if (!properties.whatsappTemplateVariables().isBlank()) {
      creator.setContentVariables(properties.whatsappTemplateVariables());
    }
    return record(id, address, attempt(creator, id, beforePost));
  }

  private boolean insideWindow(String address) {
    Instant cutoff = clock.instant().minus(properties.whatsappWindow());
    return status.lastInbound(address).map(last -> last.isAfter(cutoff)).orElse(false);
  }

  /** Free text with numbered choices: no menu, more than 10 choices, or the menu failed. */
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

  sealed interface Outcome permits Accepted, Rejected, Throttled {}

  record Accepted(String sid, String status) implements Outcome {}

  /**
   * @param code Twilio's error code, or 0
   * @param errorCode what goes into the message log
   */
  record Rejected(int code, String errorCode) implements Outcome {}

  /** Certainly not taken by Twilio (429/20429, no connection): safe to send again later. */
  record Throttled(String errorCode) implements Outcome {}

  /** One request to create the message. */
  private Outcome attempt(MessageCreator creator, long id, Runnable beforePost) {
    setCallback(creator, id);
    beforePost.run();
    try {
      Message sent = creator.create(client);
      return new Accepted(
          sent.getSid(), sent.getStatus() == null ? null : sent.getStatus().toString());
    } catch (ApiException e) {
      if (throttled(e)) {
        return new Throttled(String.valueOf(TOO_MANY_REQUESTS));
      }
      if (notConnected(e)) {
        return new Throttled("no-connection");
      }
      return rejected(e);
    }
  }

  /** Records the outcome; a {@link Retry} when the message should be sent again later. */
  private Retry record(long id, String address, Outcome outcome) {
    if (outcome instanceof Throttled throttled) {
      // debug: in an outage this would be a line per message per retry; the queue gauges show it
      log.debug(
          "Twilio did not take a message to {}: {}, retrying later",
          Addresses.masked(address),
          throttled.errorCode());
      return new Retry(throttled.errorCode());
    }
    if (outcome instanceof Accepted accepted) {
      status.accepted(id, accepted.sid(), accepted.status());
      log.info("sent {} to {}", accepted.sid(), Addresses.masked(address));
      return null;
    }
    Rejected rejected = (Rejected) outcome;
    status.failed(id, rejected.errorCode());
    if (rejected.code() == UNSUBSCRIBED) {
      optOuts.stop(address, "twilio " + UNSUBSCRIBED);
      log.info("{} has unsubscribed at Twilio (21610): stopped", Addresses.masked(address));
    } else {
      log.warn("not sent to {}: {}", Addresses.masked(address), rejected.errorCode());
    }
    return null;
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

  /** The wait before the given retry: doubling, capped, with a little jitter. */
  private Duration backoff(int attempt) {
    long base = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, properties.retryMaxBackoff().toMillis());
    return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
  }
}
