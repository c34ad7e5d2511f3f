package id.lokerbot.channel;

import java.time.Instant;
import java.util.List;

/**
 * One row per message in or out, for delivery tracking and the programme's numbers. Never holds
 * message bodies: what people write can be sensitive.
 */
public interface MessageLog {

  enum Direction {
    IN,
    OUT
  }

  /**
   * Where a message is. Delivery callbacks arrive late, twice or out of order; a status only
   * replaces one of a lower {@code stage}, so a message never goes back to an earlier stage.
   */
  enum Status {
    RECEIVED(0),
    DROPPED(0),
    QUEUED(1),
    SENDING(2),
    SENT(3),
    DELIVERED(4),
    UNDELIVERED(4),
    FAILED(4),
    READ(5);

    private final int stage;

    Status(int stage) {
      this.stage = stage;
    }

    public int stage() {
      return stage;
    }

    public String code() {
      return name().toLowerCase();
    }
  }

  /**
   * One message.
   *
   * @param flow where in the conversation it happened (flow name), or null
   * @param node the node, or null
   * @param providerMessageId the provider's id (update id, MessageSid), or null
   */
  record Entry(
      Direction direction,
      String address,
      Instant at,
      String flow,
      String node,
      String providerMessageId,
      Status status) {}

  /** Records messages, in order; returns their row ids. */
  List<Long> record(List<Entry> entries);

  /** A sent message got its provider id. */
  void sent(long id, String providerMessageId, Instant at);

  /**
   * A delivery status arrived for a provider message id.
   *
   * @return whether it changed the row (false: unknown id, or the row is already at that stage or a
   *     later one)
   */
  boolean status(
      String channel, String providerMessageId, Status status, String errorCode, Instant at);

  /** The rows of an address, oldest first (for tests, exports and support). */
  List<Entry> of(String address);
}
