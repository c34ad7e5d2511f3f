package id.lokerbot.channel.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durable outbound queue ({@code twilio_outbox}). Only the oldest row of an address is ever
 * handed out, and only to one node at a time (a conditional update takes it for a lease), so each
 * address gets its messages in order even with several nodes. Rows are deleted once Twilio answered
 * for good; the message log keeps what happened.
 */
class TwilioQueue {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};

  /** A queued message. */
  record Queued(
      long id,
      String address,
      long logId,
      String body,
      String choices,
      String language,
      int attempt,
      Timestamp createdAt) {

    OutboundMessage message() {
      return new OutboundMessage(address, body, choicesOf(choices), logId, language);
    }
  }

  private final JdbcClient jdbc;

  TwilioQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(OutboundMessage message, long logId, Instant now) {
    Timestamp at = Timestamp.from(now);
    jdbc.sql(
            "insert into twilio_outbox (address, log_id, body, choices, language, due_at, attempt,"
                + " created_at, sending) values (?, ?, ?, ?, ?, ?, 0, ?, false)")
        .params(
            message.address(),
            logId,
            message.text(),
            message.choices().isEmpty() ? null : json(message.choices()),
            message.language(),
            at,
            at)
        .update();
  }

  /**
   * Rows that may be sent now: the oldest of their address, due, and not held by a live lease.
   * Oldest first.
   */
  List<Long> due(Instant now, int limit) {
    Timestamp at = Timestamp.from(now);
    return jdbc.sql(
            "select o.id from twilio_outbox o where o.due_at <= ? and o.sending = false and"
                + " (o.claimed_until is null or o.claimed_until < ?) and o.id = (select min(i.id)"
                + " from twilio_outbox i where i.address = o.address) order by o.id limit ?")
        .params(at, at, limit)
        .query(Long.class)
        .list();
  }

  /** Takes a row for a lease; true only for the one caller whose update changed it. */
  boolean claim(long id, String node, Instant now, Instant until) {
    return jdbc.sql(
                "update twilio_outbox set claimed_by = ?, claimed_until = ? where id = ? and"
                    + " sending = false and (claimed_until is null or claimed_until < ?)")
            .params(node, Timestamp.from(until), id, Timestamp.from(now))
            .update()
        == 1;
  }

  Optional<Queued> get(long id) {
    return jdbc.sql(
            "select id, address, log_id, body, choices, language, attempt, created_at from"
                + " twilio_outbox where id = ?")
        .param(id)
        .query(Queued.class)
        .optional();
  }

  /** From here on the request may reach Twilio: never hand this row out again. */
  void sending(long id) {
    jdbc.sql("update twilio_outbox set sending = true where id = ?").param(id).update();
  }

  /** Twilio certainly did not take it (429, no connection): again at {@code dueAt}. */
  void retryLater(long id, Instant dueAt) {
    jdbc.sql(
            "update twilio_outbox set sending = false, claimed_by = null, claimed_until = null,"
                + " attempt = attempt + 1, due_at = ? where id = ?")
        .params(Timestamp.from(dueAt), id)
        .update();
  }

  void done(long id) {
    jdbc.sql("delete from twilio_outbox where id = ?").param(id).update();
  }

  /**
   * Rows whose node stopped while sending them (lease over, "sending" set): they may have reached
   * Twilio. Each is removed by exactly one caller, which gets its message log id back. Rows this
   * node is still working on are left alone, whatever the clock says.
   */
  List<Long> takeInterrupted(Instant now, Predicate<Long> stillWorking) {
    Timestamp at = Timestamp.from(now);
    List<Queued> stuck =
        jdbc.sql(
                "select id, address, log_id, body, choices, language, attempt, created_at from"
                    + " twilio_outbox where sending = true and claimed_until < ?")
            .param(at)
            .query(Queued.class)
            .list();
    return stuck.stream()
        .filter(q -> !stillWorking.test(q.id()))
        .filter(
            q ->
                jdbc.sql(
                            "delete from twilio_outbox where id = ? and sending = true and"
                                + " claimed_until < ?")
                        .params(q.id(), at)
                        .update()
                    == 1)
        .map(Queued::logId)
        .toList();
  }

  /** Rows waiting (tests, diagnostics). */
  int size() {
    return jdbc.sql("select count(*) from twilio_outbox").query(Integer.class).single();
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> strings(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Choice> choicesOf(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, CHOICES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
