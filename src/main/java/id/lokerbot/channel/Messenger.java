package id.lokerbot.channel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Sends messages through the sender of each address's channel. */
@Service
public class Messenger {

  private static final Logger log = LoggerFactory.getLogger(Messenger.class);

  private final Map<String, ChannelSender> senders;
  private final OptOuts optOuts;

  Messenger(ObjectProvider<ChannelSender> senders, OptOuts optOuts) {
    this.senders =
        senders
            .orderedStream()
            .collect(Collectors.toMap(ChannelSender::scheme, Function.identity()));
    this.optOuts = optOuts;
  }

  /** Replies to what a person just wrote: always sent, even to stopped addresses. */
  public void reply(List<OutboundMessage> replies) {
    replies.forEach(this::dispatch);
  }

  /**
   * A message the person did not ask for just now (alert, news, referral update). Skipped for
   * addresses that said STOP.
   *
   * @return whether it was handed to a sender
   */
  public boolean notify(OutboundMessage message) {
    if (optOuts.isStopped(message.address())) {
      log.info("not notifying {}: opted out", Addresses.masked(message.address()));
      return false;
    }
    return dispatch(message);
  }

  /** Whether some sender serves this address's channel. */
  public boolean canSend(String address) {
    return senders.containsKey(Addresses.scheme(address));
  }

  private boolean dispatch(OutboundMessage message) {
    ChannelSender sender = senders.get(Addresses.scheme(message.address()));
    if (sender == null) {
      log.warn("no sender for {}", Addresses.masked(message.address()));
      return false;
    }
    sender.send(message);
    return true;
  }
}
