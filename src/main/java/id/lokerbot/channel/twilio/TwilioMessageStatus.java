package id.lokerbot.channel.twilio;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Twilio's part of the {@code message_log} table: a row per message in and out (never the text),
 * the SID Twilio gave it, and its status. Statuses only move forward (queued, sent, delivered,
 * read; failed and undelivered end it), so repeated and out-of-order callbacks are harmless. A row
 * failed with an {@code unsure-…} code (we could not tell whether Twilio took it) is the exception:
 * a later callback proves what happened and wins.
 */
@Repository
class TwilioMessageStatus {

  /** Which statuses each status may replace: the rule that keeps changes monotonic. */
  private static final Map<String, List<String>> PREDECESSORS =
      Map.of(
          "sent", List.of("queued"),
          "delivered", List.of("queued", "sent"),
          "read", List.of("queued", "sent", "delivered"),
          "undelivered", List.of("queued", "sent"),
          "failed", List.of("queued", "sent"));

  private final JdbcClient jdbc;
  private final Clock clock;

  TwilioMessageStatus(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An inbound message; its time also opens the WhatsApp window for that address. */
  void received(String address, String channel, String messageSid) {
    jdbc.sql(
            "insert into message_log (direction, address, channel, at, provider_message_id,"
                + " status) values ('in', ?, ?, ?, ?, 'received')")
        .params(address, channel, now(), messageSid)
        .update();
  }

  /** When this address last wrote to us, if ever. */
  Optional<Instant> lastInbound(String address) {
    return jdbc.sql("select max(at) from message_log where address = ? and direction = 'in'")
        .param(address)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** A new outbound message, before it is sent: returns its row id. */
  long queued(String address, String channel) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into message_log (direction, address, channel, at, status, status_at)"
                + " values ('out', ?, ?, ?, 'queued', ?)")
        .params(address, channel, now(), now())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** Twilio took the message: remember its SID; the status moves only forward. */
  void accepted(long id, String messageSid, String twilioStatus) {
    jdbc.sql(
            "update message_log set provider_message_id = ? where id = ? and provider_message_id"
                + " is null")
        .params(messageSid, id)
        .update();
    advance(id, ours(twilioStatus), null);
  }

  /** Sending failed for good (or we cannot tell: error codes starting {@code unsure-}). */
  void failed(long id, String errorCode) {
    int changed =
        jdbc.sql(
                "update message_log set status = 'failed', status_at = ?, error_code = ? where id ="
                    + " ? and status = 'queued'")
            .params(now(), errorCode, id)
            .update();
    if (changed > 0) {
      TwilioMetrics.status(channelOf(id), "failed");
    }
  }

  /**
   * A status callback. Matched by our row id (from the callback URL) when there is one, else by the
   * SID.
   *
   * @return whether a row changed
   */
  boolean callback(Long id, String messageSid, String twilioStatus, String errorCode) {
    String status = ours(twilioStatus);
    if (status == null) {
      return false;
    }
    Long row = id;
    if (row != null && messageSid != null) {
      jdbc.sql(
              "update message_log set provider_message_id = ? where id = ? and direction = 'out'"
                  + " and provider_message_id is null")
          .params(messageSid, row)
          .update();
    }
    if (row == null && messageSid != null) {
      row =
          jdbc
              .sql("select id from message_log where provider_message_id = ? and direction = 'out'")
              .param(messageSid)
              .query(Long.class)
              .list()
              .stream()
              .findFirst()
              .orElse(null);
    }
    return row != null && advance(row, status, errorCode);
  }

  /** Current status of a row (tests and diagnostics). */
  Optional<Row> row(long id) {
    return jdbc.sql(
            "select id, address, channel, provider_message_id, status, error_code from message_log"
                + " where id = ?")
        .param(id)
        .query(Row.class)
        .optional();
  }

  record Row(
      long id,
      String address,
      String channel,
      String providerMessageId,
      String status,
      String errorCode) {}

  private boolean advance(long id, String status, String errorCode) {
    List<String> before = PREDECESSORS.get(status);
    if (before == null) {
      return false;
    }
    boolean proofOfDelivery = List.of("sent", "delivered", "read").contains(status);
    String sql =
        "update message_log set status = ?, status_at = ?, error_code = ? where id = ? and"
            + " direction = 'out' and (status in ("
            + String.join(",", before.stream().map(s -> "'" + s + "'").toList())
            + ")"
            + (proofOfDelivery ? " or (status = 'failed' and error_code like 'unsure-%')" : "")
            + ")";
    boolean changed = jdbc.sql(sql).params(status, now(), errorCode, id).update() > 0;
    if (changed) {
      TwilioMetrics.status(channelOf(id), status);
    }
    return changed;
  }

  private String channelOf(long id) {
    return jdbc.sql("select channel from message_log where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse("unknown");
  }

  /**
   * Twilio's status in our vocabulary; null for ones we do not track. Start states and "sending"
   * are all "queued"; "canceled" is a failure.
   */
  static String ours(String twilioStatus) {
    if (twilioStatus == null) {
      return null;
    }
    return switch (twilioStatus.toLowerCase(Locale.ROOT)) {
      case "queued", "accepted", "scheduled", "sending" -> "queued";
      case "sent" -> "sent";
      case "delivered" -> "delivered";
      case "read" -> "read";
      case "undelivered" -> "undelivered";
      case "failed", "canceled" -> "failed";
      default -> null;
    };
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
