package id.lokerbot.conversation;

import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import java.util.List;
import java.util.Optional;

/**
 * Takes a message before the dialogue engine when it is not part of a person's conversation, such
 * as a recruiter pressing a button on a referral card. Most messages pass (empty answer).
 */
public interface InboundFilter {

  /** The replies when this filter handled the message; empty to let the conversation have it. */
  Optional<List<OutboundMessage>> handle(InboundMessage message);

  /**
   * False when this filter surely lets the message pass, judged from the message alone: then its
   * dedupe claim can go with the start of the turn instead of being settled before the filters.
   */
  default boolean mightHandle(InboundMessage message) {
    return true;
  }
}
