package id.lokerbot.channel;

import java.util.List;
import java.util.Optional;

/**
 * Takes a person's message and returns the replies to it, in order. Implemented by the conversation
 * module; channels only know this interface.
 */
public interface InboundHandler {

  List<OutboundMessage> handle(InboundMessage message);

  /**
   * Handles a message unless its provider id was handled before on {@code dedupeChannel} (see
   * {@link InboundDedupe}): the claim on the id is sent along with the start of the turn, so both
   * cost one wait. Empty when the id was handled before. When handling fails the claim is given
   * back; once the replies are on their way the caller confirms it with {@link InboundDedupe#done},
   * or gives it back with {@link InboundDedupe#release} when they could not be.
   *
   * @throws id.lokerbot.platform.TryLaterException while the same id is being handled elsewhere
   */
  Optional<List<OutboundMessage>> handleFirstTime(String dedupeChannel, InboundMessage message);
}
