package id.lokerbot.conversation.engine;

import id.lokerbot.channel.OutboundMessage;
import java.util.List;

/**
 * What one turn produced.
 *
 * @param state the state to save
 * @param replies messages to the person, in order
 * @param events what should change in the world, published after the state is saved
 */
public record Result(State state, List<OutboundMessage> replies, List<Object> events) {}
