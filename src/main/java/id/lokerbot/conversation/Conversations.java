package id.lokerbot.conversation;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.MessageLog;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Messages;
import id.lokerbot.conversation.DialogueStateStore.Saved;
import id.lokerbot.conversation.engine.Result;
import id.lokerbot.conversation.engine.State;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The turn pipeline: through the {@link TurnGate} (the person's rate limit, then one turn at a time
 * per person, with their state), run the engine, save state, and in one transaction log the
 * messages and publish the events (listeners run after it commits); the save runs while the
 * messages are logged and is complete before they commit. If that transaction fails, the state is
 * put back, so a retried message finds things as they were. A message with a provider id has its
 * dedupe claim sent along with the gate's start ({@link #handleFirstTime}).
 */
@Service
public class Conversations implements InboundHandler {

  private static final Logger log = LoggerFactory.getLogger(Conversations.class);

  /** The one reply to a person who wrote more than the limit in a minute. */
  static final String SLOW_DOWN = "stores.slow-down";

  private final Engines engines;
  private final DialogueStateStore states;
  private final TurnGate gate;
  private final InboundDedupe dedupe;
  private final MessageLog messageLog;
  private final ContentService content;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ConversationProperties properties;
  private final Counter rateLimited;
  private final List<InboundFilter> filters;

  Conversations(
      Engines engines,
      DialogueStateStore states,
      TurnGate gate,
      InboundDedupe dedupe,
      MessageLog messageLog,
      ContentService content,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock,
      ConversationProperties properties,
      MeterRegistry meters,
      ObjectProvider<InboundFilter> filters) {
    this.engines = engines;
    this.filters = filters.orderedStream().toList();
    this.states = states;
    this.gate = gate;
    this.dedupe = dedupe;
    this.messageLog = messageLog;
    this.content = content;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
    this.rateLimited =
        Counter.builder("lokerbot.messages.rate.limited")
            .description("messages not processed because their sender wrote too fast")
            .register(meters);
  }

  @Override
  public List<OutboundMessage> handle(InboundMessage message) {
    return TurnObservation.observe(message, () -> filtered(message)).orElseThrow();
  }

  @Override
  public Optional<List<OutboundMessage>> handleFirstTime(
      String dedupeChannel, InboundMessage message) {
    return TurnObservation.observe(message, () -> firstTime(dedupeChannel, message));
  }

  private Optional<List<OutboundMessage>> firstTime(String dedupeChannel, InboundMessage message) {
    String id = message.providerMessageId();
    if (filters.stream().anyMatch(f -> f.mightHandle(message))) {
      // a filter acts before any turn: the claim is settled first
      return dedupe.firstTimeOnly(dedupeChannel, id, () -> filtered(message)).flatMap(r -> r);
    }
    CompletableFuture<Boolean> claim = dedupe.startFirstTime(dedupeChannel, id);
    try {
      return gate.passFirstTime(message.address(), claim, turn(message));
    } catch (RuntimeException e) {
      // the gate waits for the claim before anything else: done, and true when it was ours
      if (claim.exceptionally(failed -> false).getNow(false)) {
        dedupe.release(dedupeChannel, id); // a retry may try again
      }
      throw e;
    }
  }

  private Optional<List<OutboundMessage>> filtered(InboundMessage message) {
    for (InboundFilter filter : filters) {
      Optional<List<OutboundMessage>> handled = filter.handle(message);
      if (handled.isPresent()) {
        return handled;
      }
    }
    return gate.pass(message.address(), turn(message));
  }

  private TurnGate.Turn<Optional<List<OutboundMessage>>> turn(InboundMessage message) {
    return new TurnGate.Turn<>() {
      @Override
      public Optional<List<OutboundMessage>> run(Optional<Saved> saved) {
        return Optional.of(Conversations.this.run(message, saved));
      }

      @Override
      public Optional<List<OutboundMessage>> overLimit(RateLimiter.Decision decision) {
        return Optional.of(Conversations.this.overLimit(message, decision));
      }

      @Override
      public Optional<List<OutboundMessage>> seenBefore() {
        return Optional.empty();
      }
    };
  }

  /**
   * The person's turn (the lock held): run the engine, save state while logging and publishing in
   * one transaction (the save complete before it commits); if that fails, put the state back so a
   * retry finds things as they were.
   */
  private List<OutboundMessage> run(InboundMessage message, Optional<Saved> before) {
    String address = message.address();
    if (before.isPresent() && isRedelivery(message, before.get())) {
      // We handled it, but the provider never saw our answer: answer the same again.
      return before.get().lastReplies();
    }
    State state = before.map(Saved::state).orElse(State.fresh());
    Instant now = clock.instant();
    Result result = engines.current().run(state, message, now);
    DialogueStateStore.Saving saving =
        states.startSave(
            address,
            new Saved(result.state(), message.providerMessageId(), result.replies()),
            properties.stateTtl());
    List<Long> logIds;
    try {
      logIds =
          transaction.execute(
              t -> {
                List<Long> ids = messageLog.record(entries(message, state, result, now));
                result.events().forEach(events::publishEvent);
                // The state is kept before the records commit: after a crash between the two, a
                // redelivery is answered from the state instead of running the turn twice.
                saving.await();
                return ids;
              });
    } catch (RuntimeException e) {
      restore(address, before);
      throw e;
    }
    return withLogIds(result.replies(), logIds);
  }

  /** Row 0 is the inbound message; rows 1.. are the replies, which their senders update. */
  private static List<OutboundMessage> withLogIds(List<OutboundMessage> replies, List<Long> ids) {
    if (ids == null || ids.size() != replies.size() + 1) {
      return replies;
    }
    List<OutboundMessage> logged = new ArrayList<>(replies.size());
    for (int i = 0; i < replies.size(); i++) {
      logged.add(replies.get(i).withLogId(ids.get(i + 1)));
    }
    return logged;
  }

  private static boolean isRedelivery(InboundMessage message, Saved saved) {
    return message.providerMessageId() != null
        && message.providerMessageId().equals(saved.lastMessageId());
  }

  /** Forgets where a person is in the conversation (used when they delete their data). */
  public void forget(String address) {
    states.delete(address);
  }

  private List<OutboundMessage> overLimit(InboundMessage message, RateLimiter.Decision decision) {
    rateLimited.increment();
    String address = message.address();
    Instant now = clock.instant();
    List<MessageLog.Entry> entries = new ArrayList<>();
    entries.add(inbound(message, null, now, MessageLog.Status.DROPPED));
    List<OutboundMessage> replies = List.of();
    if (decision == RateLimiter.Decision.WARN) {
      log.info("{} writes too fast: slowing down", Addresses.masked(address));
      Messages messages = content.current().messages();
      String language =
          messages.supported(
              states.load(address).map(s -> s.state().value(State.LANGUAGE)).orElse(null));
      replies = List.of(new OutboundMessage(address, messages.text(language, SLOW_DOWN)));
      entries.add(outbound(address, null, now, message.answeredInResponse()));
    }
    messageLog.record(entries);
    return replies;
  }

  private void restore(String address, Optional<Saved> before) {
    try {
      if (before.isPresent()) {
        states.save(address, before.get(), properties.stateTtl());
      } else {
        states.delete(address);
      }
    } catch (RuntimeException e) {
      log.error("could not restore the dialogue state of {}", Addresses.masked(address));
    }
  }

  private static List<MessageLog.Entry> entries(
      InboundMessage message, State before, Result result, Instant now) {
    List<MessageLog.Entry> entries = new ArrayList<>(1 + result.replies().size());
    entries.add(inbound(message, before, now, MessageLog.Status.RECEIVED));
    for (OutboundMessage reply : result.replies()) {
      entries.add(outbound(reply.address(), result.state(), now, message.answeredInResponse()));
    }
    return entries;
  }

  private static MessageLog.Entry inbound(
      InboundMessage message, State at, Instant now, MessageLog.Status status) {
    return new MessageLog.Entry(
        MessageLog.Direction.IN,
        message.address(),
        now,
        at == null ? null : at.flow(),
        at == null ? null : at.node(),
        message.providerMessageId(),
        status);
  }

  /** A reply that goes back in the HTTP answer is sent once logged (see InboundMessage). */
  private static MessageLog.Entry outbound(
      String address, State at, Instant now, boolean answeredInResponse) {
    return new MessageLog.Entry(
        MessageLog.Direction.OUT,
        address,
        now,
        at == null ? null : at.flow(),
        at == null ? null : at.node(),
        null,
        answeredInResponse ? MessageLog.Status.SENT : MessageLog.Status.QUEUED);
  }
}
