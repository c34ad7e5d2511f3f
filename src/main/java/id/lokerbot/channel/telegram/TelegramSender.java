package id.lokerbot.channel.telegram;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.MessageLog;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends to {@code telegram:<chat id>} addresses. Every chat has its own queue, served by one thread
 * at a time, so a chat's messages arrive in order even when one has to wait: a 429 holds that chat
 * for {@code retry_after} seconds and then sends the same message again; a transient failure is
 * retried with back-off; a 403 (blocked, deactivated) stops the address and drops its queue. A chat
 * gets at most one message per {@code per-chat-interval}, all chats together at most {@code
 * max-per-second}. The queues live in memory: messages still queued when the node stops are lost.
 */
final class TelegramSender implements ChannelSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /**
   * One Bot API call waiting to go out.
   *
   * @param logId the message log row to mark sent: the conversation's row, {@link #NEW_ROW} for a
   *     message nobody logged yet, or null for the later parts of a split message
   */
  private record Outgoing(String address, SendMessage message, int attempts, Long logId) {
    Outgoing retried() {
      return new Outgoing(address, message, attempts + 1, logId);
    }
  }

  private static final long NEW_ROW = -1;

  /** A chat's queue; {@code active} while a task is scheduled or running for it. */
  private static final class ChatQueue {
    final ArrayDeque<Outgoing> items = new ArrayDeque<>();
    boolean active;
  }

  private final TelegramClient client;
  private final OptOuts optOuts;
  private final MessageLog messageLog;
  private final Clock clock;
  private final TelegramProperties properties;
  private final SendRateLimiter limiter;
  private final ScheduledExecutorService workers;
  private final Map<Long, ChatQueue> chats = new HashMap<>(); // guarded by this

  TelegramSender(
      TelegramClient client,
      OptOuts optOuts,
      TelegramProperties properties,
      MessageLog messageLog,
      Clock clock) {
    this.client = client;
    this.optOuts = optOuts;
    this.messageLog = messageLog;
    this.clock = clock;
    this.properties = properties;
    this.limiter = new SendRateLimiter(properties.maxPerSecond(), System::nanoTime);
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            Math.max(1, properties.senderThreads()),
            r -> {
              Thread t = new Thread(r, "telegram-send-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.setRemoveOnCancelPolicy(true);
    this.workers = pool;
  }

  @Override
  public String scheme() {
    return "telegram";
  }

  @Override
  public void send(OutboundMessage message) {
    Long chatId = chatId(message.address());
    if (chatId == null) {
      log.warn("not a telegram chat address: {}", Addresses.masked(message.address()));
      return;
    }
    List<SendMessage> calls = TelegramRendering.render(message, chatId);
    if (calls.isEmpty()) {
      return;
    }
    synchronized (this) {
      ChatQueue queue = chats.computeIfAbsent(chatId, id -> new ChatQueue());
      for (int i = 0; i < calls.size(); i++) {
        Long logId = i > 0 ? null : message.logId() != null ? message.logId() : NEW_ROW;
        queue.items.addLast(new Outgoing(message.address(), calls.get(i), 1, logId));
      }
      if (!queue.active) {
        queue.active = true;
        schedule(chatId, Duration.ZERO);
      }
    }
  }

  /** How many messages wait in all queues (for tests and metrics). */
  synchronized int queued() {
    return chats.values().stream().mapToInt(q -> q.items.size()).sum();
  }

  void shutdown() {
    int left = queued();
    workers.shutdownNow();
    if (left > 0) {
      log.warn("telegram sender stopped with {} messages still queued", left);
    }
  }

  private void schedule(long chatId, Duration delay) {
    try {
      workers.schedule(() -> drainOne(chatId), delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("sender shut down; chat {} left queued", chatId);
    }
  }

  /** Sends the head of one chat's queue, then schedules the chat's next turn (or retires it). */
  private void drainOne(long chatId) {
    Outgoing head;
    synchronized (this) {
      ChatQueue queue = chats.get(chatId);
      head = queue == null ? null : queue.items.peekFirst();
      if (head == null) {
        chats.remove(chatId);
        return;
      }
    }
    Duration next;
    try {
      waitForSlot();
      Message sent = client.execute(head.message());
      next = afterSuccess(chatId);
      logSent(head, sent);
    } catch (TelegramApiException e) {
      next = afterFailure(chatId, head, SendOutcome.of(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      log.warn("telegram send to {} failed unexpectedly", Addresses.masked(head.address()), e);
      next = afterFailure(chatId, head, new SendOutcome.Rejected(e.getClass().getSimpleName()));
    }
    // Scheduled even when the queue is empty: the chat stays active until its interval has passed,
    // so a message queued meanwhile still waits its turn. The next run retires an empty queue.
    synchronized (this) {
      if (chats.containsKey(chatId)) {
        schedule(chatId, next);
      }
    }
  }

  /** The channel that sends logs the send (no body), with Telegram's message id. */
  private void logSent(Outgoing head, Message sent) {
    if (head.logId() == null) {
      return;
    }
    String address = head.address();
    String providerId = sent == null ? null : String.valueOf(sent.getMessageId());
    try {
      if (head.logId() != NEW_ROW) {
        messageLog.sent(head.logId(), providerId, clock.instant());
        return;
      }
      messageLog.record(
          List.of(
              new MessageLog.Entry(
                  MessageLog.Direction.OUT,
                  address,
                  clock.instant(),
                  null,
                  null,
                  providerId,
                  MessageLog.Status.SENT)));
    } catch (RuntimeException e) {
      log.warn("could not log a telegram send to {}", Addresses.masked(address), e);
    }
  }

  private void waitForSlot() throws InterruptedException {
    long wait = limiter.reserve();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private synchronized Duration afterSuccess(long chatId) {
    chats.get(chatId).items.pollFirst();
    TelegramMetrics.sent("sent");
    return properties.perChatInterval();
  }

  private Duration afterFailure(long chatId, Outgoing head, SendOutcome outcome) {
    String who = Addresses.masked(head.address());
    if (outcome instanceof SendOutcome.Blocked blocked) {
      int dropped;
      synchronized (this) {
        ChatQueue queue = chats.get(chatId);
        dropped = queue.items.size();
        queue.items.clear();
      }
      log.info("telegram chat {} blocked the bot ({}); stopped, {} dropped", who, blocked, dropped);
      TelegramMetrics.sent("blocked");
      optOuts.stop(head.address(), "blocked");
      return Duration.ZERO;
    }
    if (outcome instanceof SendOutcome.Rejected rejected) {
      log.warn("telegram rejected a message to {}: {}; dropped", who, rejected.reason());
      TelegramMetrics.sent("rejected");
      dropOrRetry(chatId, head, false);
      return properties.perChatInterval();
    }
    if (head.attempts() >= properties.maxAttempts()) {
      log.warn("telegram message to {} dropped after {} tries ({})", who, head.attempts(), outcome);
      TelegramMetrics.sent("dropped");
      dropOrRetry(chatId, head, false);
      return properties.perChatInterval();
    }
    Duration wait =
        outcome instanceof SendOutcome.RetryAfter retryAfter
            ? retryAfter.delay()
            : backoff(head.attempts());
    log.info("telegram send to {} will be retried in {} ({})", who, wait, outcome);
    TelegramMetrics.sent("retried");
    dropOrRetry(chatId, head, true);
    return wait;
  }

  private synchronized void dropOrRetry(long chatId, Outgoing head, boolean retry) {
    ChatQueue queue = chats.get(chatId);
    queue.items.pollFirst();
    if (retry) {
      queue.items.addFirst(head.retried());
    }
  }

  private Duration backoff(int attempts) {
    Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  static Long chatId(String address) {
    if (address == null || !address.startsWith("telegram:")) {
      return null;
    }
    try {
      return Long.parseLong(address.substring("telegram:".length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
