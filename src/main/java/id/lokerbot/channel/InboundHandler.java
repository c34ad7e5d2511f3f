package id.lokerbot.channel;

import java.util.List;

/**
 * Takes a person's message and returns the replies to it, in order. Implemented by the conversation
 * module; channels only know this interface.
 */
public interface InboundHandler {

  List<OutboundMessage> handle(InboundMessage message);
}
