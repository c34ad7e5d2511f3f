package id.lokerbot.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code referral}, {@code referral_status_event} and {@code referral_attempt} tables. */
@Repository
class ReferralRepository {

  /** One status change as recorded. */
  record StatusEvent(
      ReferralStatus status,
      String interviewAt,
      String place,
      String note,
      Instant at,
      String source) {}

  /** One delivery attempt as recorded. */
  record Attempt(int attempt, Instant at, String outcome, Integer httpStatus, String error) {}

  /** Filters for the staff list; null means any. */
  record Filter(
      String status, String partner, String delivery, Integer minAge, Integer maxAge, int limit) {}

  private static final RowMapper<ReferralRow> ROW =
      (rs, n) ->
          new ReferralRow(
              rs.getString("id"),
              rs.getString("partner_id"),
              rs.getString("vacancy_id"),
              rs.getString("vacancy_title"),
              rs.getString("address"),
              rs.getString("language"),
              (Integer) rs.getObject("candidate_age", Integer.class),
              rs.getString("payload"),
              ReferralStatus.of(rs.getString("status")).orElseThrow(),
              instant(rs, "status_at"),
              rs.getString("delivery"),
              rs.getInt("attempts"),
              instant(rs, "next_attempt_at"),
              instant(rs, "give_up_at"),
              rs.getString("last_error"),
              instant(rs, "delivered_at"),
              instant(rs, "created_at"));

  private final JdbcClient jdbc;

  ReferralRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a new referral; false when one with that id exists already. */
  boolean insert(ReferralRow r) {
    try {
      jdbc.sql(
              "insert into referral (id, partner_id, vacancy_id, vacancy_title, address, language,"
                  + " candidate_age, payload, status, status_at, delivery, attempts,"
                  + " next_attempt_at, give_up_at, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
          .params(
              r.id(),
              r.partnerId(),
              r.vacancyId(),
              r.vacancyTitle(),
              r.address(),
              r.language(),
              r.candidateAge(),
              r.payload(),
              r.status().wire(),
              ts(r.statusAt()),
              r.delivery(),
              ts(r.nextAttemptAt()),
              ts(r.giveUpAt()),
              ts(r.createdAt()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  Optional<ReferralRow> find(String id) {
    return jdbc.sql("select * from referral where id = ?").param(id).query(ROW).optional();
  }

  List<ReferralRow> byAddress(String address) {
    return jdbc.sql("select * from referral where address = ? order by created_at desc, id")
        .param(address)
        .query(ROW)
        .list();
  }

  boolean exists(String address, String vacancyId) {
    return jdbc.sql(
                "select count(*) from referral where address = ? and vacancy_id = ?"
                    + " and status <> 'withdrawn'")
            .params(address, vacancyId)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<ReferralRow> byPartner(String partnerId, int limit) {
    return jdbc.sql(
            "select * from referral where partner_id = ? order by created_at desc, id limit ?")
        .params(partnerId, limit)
        .query(ROW)
        .list();
  }

  List<ReferralRow> list(Filter f) {
    StringBuilder sql = new StringBuilder("select * from referral where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.status() != null) {
      sql.append(" and status = ?");
      params.add(f.status());
    }
    if (f.partner() != null) {
      sql.append(" and partner_id = ?");
      params.add(f.partner());
    }
    if (f.delivery() != null) {
      sql.append(" and delivery = ?");
      params.add(f.delivery());
    }
    if (f.minAge() != null) {
      sql.append(" and candidate_age >= ?");
      params.add(f.minAge());
    }
    if (f.maxAge() != null) {
      sql.append(" and candidate_age <= ?");
      params.add(f.maxAge());
    }
    sql.append(" order by created_at desc, id limit ?");
    params.add(f.limit());
    return jdbc.sql(sql.toString()).params(params).query(ROW).list();
  }

  /** Ids of pending deliveries whose time has come and that no node holds. */
  List<String> due(Instant now, int limit) {
    return jdbc.sql(
            "select id from referral where delivery = 'pending' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?)"
                + " order by next_attempt_at, id limit ?")
        .params(ts(now), ts(now), limit)
        .query(String.class)
        .list();
  }

  /**
   * Claims a due delivery for one attempt. A single conditional update, so of several nodes (or the
   * event listener and the poller) exactly one wins.
   */
  boolean claim(String id, String token, Instant now, Instant until) {
    return jdbc.sql(
                "update referral set claim_token = ?, claimed_until = ?"
                    + " where id = ? and delivery = 'pending' and next_attempt_at <= ?"
                    + " and (claimed_until is null or claimed_until < ?)")
            .params(token, ts(until), id, ts(now), ts(now))
            .update()
        == 1;
  }

  /**
   * Ends an attempt. Only the holder of the claim may: a node whose lease ran out meanwhile changes
   * nothing (the attempt is logged all the same).
   *
   * @param next the next attempt time, for a retry; null otherwise
   * @return whether this holder's outcome was stored
   */
  boolean finish(
      String id,
      String token,
      int attempt,
      String delivery,
      Instant next,
      Instant now,
      Integer httpStatus,
      String error,
      String outcome) {
    jdbc.sql(
            "insert into referral_attempt (referral_id, attempt, at, outcome, http_status, error)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(id, attempt, ts(now), outcome, httpStatus, cut(error))
        .update();
    return jdbc.sql(
                "update referral set delivery = ?, attempts = ?, next_attempt_at = ?,"
                    + " last_error = ?, claim_token = null, claimed_until = null,"
                    + " delivered_at = case when ? = 'delivered' then ? else delivered_at end"
                    + " where id = ? and claim_token = ?")
            .params(delivery, attempt, ts(next), cut(error), delivery, ts(now), id, token)
            .update()
        == 1;
  }

  /**
   * Makes a rejected or failed delivery due again now, with a fresh retry window; never one whose
   * person deleted their data (nothing is left to send).
   */
  boolean resend(String id, Instant now, Instant giveUpAt) {
    return jdbc.sql(
                "update referral set delivery = 'pending', next_attempt_at = ?, give_up_at = ?,"
                    + " claim_token = null, claimed_until = null"
                    + " where id = ? and delivery <> 'withdrawn' and address <> ?")
            .params(ts(now), ts(giveUpAt), id, ReferralRow.FORGOTTEN)
            .update()
        == 1;
  }

  void status(String id, StatusEvent e) {
    jdbc.sql("update referral set status = ?, status_at = ? where id = ?")
        .params(e.status().wire(), ts(e.at()), id)
        .update();
    jdbc.sql(
            "insert into referral_status_event"
                + " (referral_id, status, interview_at, place, note, at, source)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(id, e.status().wire(), e.interviewAt(), e.place(), e.note(), ts(e.at()), e.source())
        .update();
  }

  /** A training partner's report (enrolled, completed). */
  void training(String id, String status, Instant at, String source) {
    jdbc.sql("insert into referral_training (referral_id, status, at, source) values (?, ?, ?, ?)")
        .params(id, status, ts(at), source)
        .update();
  }

  /** The training reports on a referral, oldest first: status only. */
  List<String> trainingHistory(String id) {
    return jdbc.sql("select status from referral_training where referral_id = ? order by at, id")
        .param(id)
        .query(String.class)
        .list();
  }

  /** Stops a pending delivery and drops the shared data of a withdrawn referral. */
  void withdraw(String id, Instant now) {
    jdbc.sql(
            "update referral set delivery = case when delivery = 'pending' then 'withdrawn'"
                + " else delivery end, payload = '{}', claim_token = null, claimed_until = null"
                + " where id = ?")
        .param(id)
        .update();
  }

  /**
   * The person deleted their data: their address and what was shared go, a pending delivery stops
   * (there is nothing left to send), and notes partners wrote about them go. Partner, vacancy,
   * status, age and dates stay, anonymous, for the programme's counts.
   *
   * @return how many referrals were made anonymous
   */
  int forget(String address) {
    List<String> ids =
        jdbc.sql("select id from referral where address = ?")
            .param(address)
            .query(String.class)
            .list();
    for (String id : ids) {
      jdbc.sql("update referral_status_event set note = null where referral_id = ?")
          .param(id)
          .update();
      jdbc.sql(
              "update referral set address = ?, payload = '{}',"
                  + " delivery = case when delivery = 'pending' then 'withdrawn' else delivery end,"
                  + " claim_token = null, claimed_until = null where id = ?")
          .params(ReferralRow.FORGOTTEN, id)
          .update();
    }
    return ids.size();
  }

  List<StatusEvent> history(String id) {
    return jdbc.sql("select * from referral_status_event where referral_id = ? order by at, id")
        .param(id)
        .query(
            (rs, n) ->
                new StatusEvent(
                    ReferralStatus.of(rs.getString("status")).orElseThrow(),
                    rs.getString("interview_at"),
                    rs.getString("place"),
                    rs.getString("note"),
                    instant(rs, "at"),
                    rs.getString("source")))
        .list();
  }

  List<Attempt> attempts(String id) {
    return jdbc.sql("select * from referral_attempt where referral_id = ? order by attempt, id")
        .param(id)
        .query(
            (rs, n) ->
                new Attempt(
                    rs.getInt("attempt"),
                    instant(rs, "at"),
                    rs.getString("outcome"),
                    (Integer) rs.getObject("http_status", Integer.class),
                    rs.getString("error")))
        .list();
  }

  private static String cut(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
