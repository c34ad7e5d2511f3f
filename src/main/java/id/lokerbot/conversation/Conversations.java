package id.lokerbot.conversation;

import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.conversation.engine.Result;
import id.lokerbot.conversation.engine.State;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The turn pipeline: one turn at a time per person; load state, run the engine, save state, then
 * publish the events (inside a transaction, so listeners run after it commits).
 */
@Service
public class Conversations implements InboundHandler {

  private final Engines engines;
  private final DialogueStateStore states;
  private final TurnLock lock;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ConversationProperties properties;

  Conversations(
      Engines engines,
      DialogueStateStore states,
      TurnLock lock,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock,
      ConversationProperties properties) {
    this.engines = engines;
    this.states = states;
    this.lock = lock;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public List<OutboundMessage> handle(InboundMessage message) {
    return TurnObservation.observe(message, () -> turn(message));
  }

  private List<OutboundMessage> turn(InboundMessage message) {
    return lock.withLock(
        message.address(),
        () -> {
          State state = states.load(message.address()).orElse(State.fresh());
          Result result = engines.current().run(state, message, clock.instant());
          states.save(message.address(), result.state(), properties.stateTtl());
          if (!result.events().isEmpty()) {
            transaction.executeWithoutResult(t -> result.events().forEach(events::publishEvent));
          }
          return result.replies();
        });
  }

  /** Forgets where a person is in the conversation (used when they delete their data). */
  public void forget(String address) {
    states.delete(address);
  }
}
