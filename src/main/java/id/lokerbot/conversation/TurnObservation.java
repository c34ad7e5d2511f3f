package id.lokerbot.conversation;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.platform.Sha256;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Around each turn: the conversation id in the logging context (MDC key {@code conversation}, a
 * short hash of the address, never the address) and the turn metrics ({@code lokerbot.turn} timer
 * with a histogram, {@code lokerbot.messages} counters by direction, channel and status). Meters go
 * to Micrometer's global registry, which Boot binds to its own.
 */
final class TurnObservation {

  /** The MDC key that log lines of a turn carry. */
  static final String CONVERSATION = "conversation";

  private static final Logger log = LoggerFactory.getLogger(TurnObservation.class);

  private static final Timer TURN =
      Timer.builder("lokerbot.turn")
          .description("Time to handle one inbound message: lock, state, engine, save, events")
          .publishPercentileHistogram()
          .register(Metrics.globalRegistry);

  /** By direction, channel and status: a registry lookup per message costs more than counting. */
  private static final Map<String, Counter> COUNTERS = new ConcurrentHashMap<>();

  private TurnObservation() {}

  /** Observes a turn; an empty answer (a provider's repeat, not handled) is not a turn. */
  static Optional<List<OutboundMessage>> observe(
      InboundMessage message, Supplier<Optional<List<OutboundMessage>>> turn) {
    String channel = Addresses.scheme(message.address());
    String previous = MDC.get(CONVERSATION);
    MDC.put(CONVERSATION, conversationId(message.address()));
    try {
      long start = System.nanoTime();
      Optional<List<OutboundMessage>> replies = turn.get();
      long nanos = System.nanoTime() - start;
      if (replies.isEmpty()) {
        return replies;
      }
      count("in", channel, "received", 1);
      TURN.record(nanos, TimeUnit.NANOSECONDS);
      int n = replies.get().size();
      count("out", channel, "replied", n);
      log.debug("turn handled on {} in {} ms, {} replies", channel, nanos / 1_000_000, n);
      return replies;
    } catch (RuntimeException e) {
      count("in", channel, "received", 1);
      count("in", channel, "failed", 1);
      throw e;
    } finally {
      if (previous == null) {
        MDC.remove(CONVERSATION);
      } else {
        MDC.put(CONVERSATION, previous);
      }
    }
  }

  /** The first 12 hex digits of the SHA-256 of the address: the same on every node. */
  static String conversationId(String address) {
    return Sha256.hex(address, 6);
  }

  private static void count(String direction, String channel, String status, int n) {
    if (n > 0) {
      COUNTERS
          .computeIfAbsent(
              direction + ' ' + channel + ' ' + status,
              k ->
                  Metrics.counter(
                      "lokerbot.messages",
                      "direction",
                      direction,
                      "channel",
                      channel,
                      "status",
                      status))
          .increment(n);
    }
  }
}
