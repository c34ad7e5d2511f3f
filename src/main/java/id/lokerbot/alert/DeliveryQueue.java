package id.lokerbot.alert;

import io.micrometer.core.instrument.Metrics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The durable delivery queue ({@code alert_delivery}). Rows wait as {@code pending} until due; a
 * worker claims one with a conditional update (only the node whose update changed the row sends
 * it), sends it and marks it done. Nothing lives only in memory, so a million queued alerts cost
 * table rows, not heap.
 */
@Repository
class DeliveryQueue {

  private static final String SELECT =
      "select d.id, d.person, d.offer_key, d.subscription_id, d.deliver_to, d.channel,"
          + " d.language, d.kind, d.score, d.due_at, o.title, o.kind as offer_kind, o.regency,"
          + " o.published_at from alert_delivery d join alert_offer o on o.offer_key ="
          + " d.offer_key ";

  private static final RowMapper<Delivery> ROW = DeliveryQueue::map;

  /** A row to queue. */
  record Row(
      String person,
      long subscriptionId,
      String deliverTo,
      String channel,
      String language,
      String kind,
      int score,
      Instant dueAt) {}

  static final int ROWS_PER_INSERT = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  DeliveryQueue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    // every outcome from the start, at 0, so a scrape shows them before the first alert
    for (String outcome : List.of("sent", "deferred", "suppressed", "failed", "unsure")) {
      Metrics.counter("lokerbot.alerts", "outcome", outcome);
    }
  }

  /** Records an offer once (a second matching run of the same offer changes nothing). */
  void offer(NewOffer offer, int matches, Instant now) {
    jdbc.update(
        "insert into alert_offer (offer_key, kind, title, regency, sector, published_at,"
            + " matched_at, matches) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        offer.key(),
        offer.kind(),
        offer.title().length() > 200 ? offer.title().substring(0, 200) : offer.title(),
        offer.regency(),
        offer.sector(),
        Timestamp.from(offer.at()),
        Timestamp.from(now),
        matches);
  }

  /**
   * Queues rows for an offer; a person who already has it queued (or had it sent) is skipped by the
   * unique key. Returns how many rows were added.
   */
  int enqueue(String offerKey, List<Row> rows, Instant now) {
    Timestamp created = Timestamp.from(now);
    int added = 0;
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      // one statement with many rows: far fewer round trips than a JDBC batch on H2 and PostgreSQL
      StringBuilder sql =
          new StringBuilder(
              "insert into alert_delivery (person, offer_key, subscription_id, deliver_to,"
                  + " channel, language, kind, score, state, due_at, attempt, created_at) values ");
      List<Object> args = new ArrayList<>(chunk.size() * 10);
      for (int i = 0; i < chunk.size(); i++) {
        Row r = chunk.get(i);
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, 0, ?)");
        args.add(r.person());
        args.add(offerKey);
        args.add(r.subscriptionId());
        args.add(r.deliverTo());
        args.add(r.channel());
        args.add(r.language());
        args.add(r.kind());
        args.add(r.score());
        args.add(Timestamp.from(r.dueAt()));
        args.add(created);
      }
      sql.append(" on conflict do nothing");
      added += jdbc.update(sql.toString(), args.toArray());
    }
    return added;
  }

  /** Ids of due pending rows of a channel, oldest due first. */
  List<Long> due(String channel, Instant now, int limit) {
    return jdbc.queryForList(
        "select id from alert_delivery where state = 'pending' and channel = ? and due_at <= ?"
            + " order by due_at, id limit ?",
        Long.class,
        channel,
        Timestamp.from(now),
        limit);
  }

  /** Takes a row for sending; true only for the one caller whose update changed it. */
  boolean claim(long id, String claimer, Instant now) {
    return jdbc.update(
            "update alert_delivery set state = 'sending', claimed_by = ?, claimed_at = ?,"
                + " attempt = attempt + 1 where id = ? and state = 'pending'",
            claimer,
            Timestamp.from(now),
            id)
        == 1;
  }

  Delivery get(long id) {
    return jdbc.queryForObject(SELECT + "where d.id = ?", ROW, id);
  }

  /**
   * Takes every other due digest row of a person on the same address, for one digest message;
   * returns all rows the claimer now holds for that address.
   */
  List<Delivery> claimDigest(String person, String deliverTo, String claimer, Instant now) {
    jdbc.update(
        "update alert_delivery set state = 'sending', claimed_by = ?, claimed_at = ?,"
            + " attempt = attempt + 1 where person = ? and deliver_to = ? and kind = 'digest'"
            + " and state = 'pending' and due_at <= ?",
        claimer,
        Timestamp.from(now),
        person,
        deliverTo,
        Timestamp.from(now));
    return jdbc.query(
        SELECT
            + "where d.person = ? and d.deliver_to = ? and d.state = 'sending' and d.claimed_by"
            + " = ? order by d.score desc, o.published_at desc, d.id",
        ROW,
        person,
        deliverTo,
        claimer);
  }

  /** Back to waiting, due later (quiet hours, cap reached: rolled into a digest). */
  void defer(long id, String kind, Instant dueAt) {
    int deferred =
        jdbc.update(
            "update alert_delivery set state = 'pending', kind = ?, due_at = ?, claimed_by = null,"
                + " claimed_at = null where id = ? and state = 'sending'",
            kind,
            Timestamp.from(dueAt),
            id);
    count("deferred", deferred);
  }

  /** Finished: sent, stopped (opted out), dropped (digest full, unsubscribed) or failed. */
  void finish(long id, String state, String note, Instant now) {
    int finished =
        jdbc.update(
            "update alert_delivery set state = ?, note = ?, done_at = ? where id = ?",
            state,
            note,
            Timestamp.from(now),
            id);
    count(outcome(state), finished);
  }

  /**
   * {@code lokerbot.alerts{outcome}}: sent, deferred (quiet hours, over the daily cap), suppressed
   * (opted out, digest full, unsubscribed, paused), failed, unsure (interrupted mid-send).
   */
  private static void count(String outcome, int rows) {
    if (rows > 0) {
      Metrics.counter("lokerbot.alerts", "outcome", outcome).increment(rows);
    }
  }

  private static String outcome(String state) {
    return switch (state) {
      case "stopped", "dropped" -> "suppressed";
      default -> state;
    };
  }

  /**
   * Rows a node claimed and never finished (it stopped mid-send). They may or may not have gone
   * out: marked unsure and never sent again, so nobody gets an alert twice.
   */
  int expireClaims(Instant claimedBefore, Instant now) {
    int expired =
        jdbc.update(
            "update alert_delivery set state = 'unsure', note = 'interrupted', done_at = ? where"
                + " state = 'sending' and claimed_at < ?",
            Timestamp.from(now),
            Timestamp.from(claimedBefore));
    count("unsure", expired);
    return expired;
  }

  /** Drops what is still waiting for an address that unsubscribed. */
  int dropPendingFor(String deliverTo, Instant now) {
    int dropped =
        jdbc.update(
            "update alert_delivery set state = 'dropped', note = 'unsubscribed', done_at = ? where"
                + " deliver_to = ? and state = 'pending'",
            Timestamp.from(now),
            deliverTo);
    count("suppressed", dropped);
    return dropped;
  }

  /**
   * Deletes every alert row of a person who asked us to forget them (queued and sent), and their
   * daily counts.
   */
  int forget(Collection<String> people, Collection<String> addresses, Collection<Long> ids) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("people", people.isEmpty() ? List.of("") : people)
            .addValue("addresses", addresses.isEmpty() ? List.of("") : addresses)
            .addValue("ids", ids.isEmpty() ? List.of(-1L) : ids);
    int deleted =
        named.update(
            "delete from alert_delivery where person in (:people) or deliver_to in (:addresses)"
                + " or subscription_id in (:ids)",
            params);
    named.update("delete from alert_daily_count where person in (:people)", params);
    return deleted;
  }

  /** Drops what is still waiting from one subscription (paused or removed in the chat). */
  int dropPendingOf(long subscriptionId, String note, Instant now) {
    int dropped =
        jdbc.update(
            "update alert_delivery set state = 'dropped', note = ?, done_at = ? where"
                + " subscription_id = ? and state = 'pending'",
            note,
            Timestamp.from(now),
            subscriptionId);
    count("suppressed", dropped);
    return dropped;
  }

  /**
   * Counts one alert for a person's day if it stays within the cap ({@code cap} null: always).
   * Atomic across nodes: the conditional update or the insert decides.
   */
  boolean countAlert(String person, LocalDate day, Integer cap) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated =
          cap == null
              ? jdbc.update(
                  "update alert_daily_count set sent = sent + 1 where person = ? and local_day = ?",
                  person,
                  java.sql.Date.valueOf(day))
              : jdbc.update(
                  "update alert_daily_count set sent = sent + 1 where person = ? and local_day = ? and"
                      + " sent < ?",
                  person,
                  java.sql.Date.valueOf(day),
                  cap);
      if (updated == 1) {
        return true;
      }
      int inserted =
          jdbc.update(
              "insert into alert_daily_count (person, local_day, sent) values (?, ?, 1) on conflict do"
                  + " nothing",
              person,
              java.sql.Date.valueOf(day));
      if (inserted == 1) {
        return true;
      }
      if (cap != null && sentOn(person, day) >= cap) {
        return false;
      }
    }
    return false;
  }

  int sentOn(String person, LocalDate day) {
    List<Integer> sent =
        jdbc.queryForList(
            "select sent from alert_daily_count where person = ? and local_day = ?",
            Integer.class,
            person,
            java.sql.Date.valueOf(day));
    return sent.isEmpty() ? 0 : sent.get(0);
  }

  /** Rows per state, for tests and the admin view. */
  Map<String, Integer> countByState() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    jdbc.query(
        "select state, count(*) as n from alert_delivery group by state",
        rs -> {
          out.put(rs.getString("state"), rs.getInt("n"));
        });
    return out;
  }

  private static Delivery map(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getString("person"),
        rs.getString("offer_key"),
        rs.getLong("subscription_id"),
        rs.getString("deliver_to"),
        rs.getString("channel"),
        rs.getString("language"),
        rs.getString("kind"),
        rs.getInt("score"),
        rs.getTimestamp("due_at").toInstant(),
        rs.getString("title"),
        rs.getString("offer_kind"),
        rs.getString("regency"),
        rs.getTimestamp("published_at").toInstant());
  }
}
