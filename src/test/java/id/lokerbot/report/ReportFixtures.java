package id.lokerbot.report;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows for the read model as a refresh would leave them (for the query tests), and rows of the
 * other modules' records that the read model is fed from (for the source tests).
 */
final class ReportFixtures {

  private final JdbcClient jdbc;

  ReportFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ReportFixtures person(
      String id, String channel, String gender, Integer age, String regency, Boolean disability) {
    jdbc.sql(
            "insert into report_person (person_id, channel, gender, age, regency, disability,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(id, channel, gender, age, regency, disability, ts("2026-01-01T00:00:00Z"))
        .update();
    return this;
  }

  /** The person reached the stage at that time (with that partner, unless ""). */
  ReportFixtures stage(String person, String stage, String partner, String at) {
    String column = Stage.of(stage).column();
    jdbc.sql(
            "update report_person set "
                + column
                + " = ? where person_id = ? and ("
                + column
                + " is null or "
                + column
                + " > ?)")
        .params(ts(at), person, ts(at))
        .update();
    if (!partner.isEmpty()) {
      jdbc.sql(
              "insert into report_partner (person_id, partner) select ?, ? where not exists"
                  + " (select 1 from report_partner where person_id = ? and partner = ?)")
          .params(person, partner, person, partner)
          .update();
      jdbc.sql("update report_partner set " + column + " = ? where person_id = ? and partner = ?")
          .params(ts(at), person, partner)
          .update();
    }
    return this;
  }

  ReportFixtures assessment(String address, String kind, String at) {
    jdbc.sql(
            "insert into assessment_result (address, kind, scores, completed_at) values (?, ?,"
                + " 'teamwork=5', ?)")
        .params(address, kind, ts(at))
        .update();
    return this;
  }

  ReportFixtures profileField(String youth, String field, String answer, String at) {
    jdbc.sql("insert into profile_field (youth_id, field, answer, updated_at) values (?, ?, ?, ?)")
        .params(youth, field, answer, ts(at))
        .update();
    return this;
  }

  ReportFixtures referral(String id, String partner, String address, String at) {
    jdbc.sql(
            "insert into referral (id, partner_id, vacancy_id, vacancy_title, address, language,"
                + " payload, status, status_at, delivery, attempts, give_up_at, created_at)"
                + " values (?, ?, 'v1', 'Crew Store', ?, 'id', '{}', 'sent', ?, 'delivered', 1,"
                + " ?, ?)")
        .params(id, partner, address, ts(at), ts(at), ts(at))
        .update();
    return referralStatus(id, "sent", at);
  }

  ReportFixtures referralStatus(String id, String status, String at) {
    jdbc.sql(
            "insert into referral_status_event (referral_id, status, at, source) values (?, ?, ?,"
                + " 'api:test')")
        .params(id, status, ts(at))
        .update();
    return this;
  }

  ReportFixtures training(String id, String status, String at) {
    jdbc.sql(
            "insert into referral_training (referral_id, status, at, source) values (?, ?, ?,"
                + " 'api:test')")
        .params(id, status, ts(at))
        .update();
    return this;
  }

  ReportFixtures message(String direction, String address, String channel, String at) {
    jdbc.sql(
            "insert into message_log (direction, address, channel, at, status) values (?, ?, ?, ?,"
                + " ?)")
        .params(direction, address, channel, ts(at), "in".equals(direction) ? "received" : "sent")
        .update();
    return this;
  }

  /** Search results sent to an address: job information, so the person is reached. */
  ReportFixtures results(String address, String channel, String at) {
    jdbc.sql(
            "insert into message_log (direction, address, channel, at, flow, node, status) values"
                + " ('out', ?, ?, ?, 'search', 'show', 'sent')")
        .params(address, channel, ts(at))
        .update();
    return this;
  }

  /** An alert sent for a subscription the chat address made. */
  ReportFixtures alertSent(String owner, String deliverTo, String channel, String at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into alert_subscription (owner, person, deliver_to, channel, regencies,"
                + " sectors, keywords, label, frequency, digest_hour, language, paused, removed,"
                + " created_at, updated_at, change_seq) values (?, ?, ?, ?, '_any', '_any', '',"
                + " '', 'instant', 18, 'id', false, false, ?, ?, 1)")
        .params(owner, owner, deliverTo, channel, ts(at), ts(at))
        .update(keys, "id");
    long subscription = keys.getKey().longValue();
    jdbc.sql(
            "insert into alert_delivery (person, offer_key, subscription_id, deliver_to, channel,"
                + " language, kind, score, state, due_at, attempt, done_at, created_at) values (?,"
                + " 'v:x', ?, ?, ?, 'id', 'instant', 1, 'sent', ?, 1, ?, ?)")
        .params(owner, subscription, deliverTo, channel, ts(at), ts(at), ts(at))
        .update();
    return this;
  }

  ReportFixtures youth(String id, String address, String channel) {
    jdbc.sql(
            "insert into youth (id, created_at, language, consent_state) values (?, ?, 'id',"
                + " 'given')")
        .params(id, ts("2026-01-01T00:00:00Z"))
        .update();
    jdbc.sql(
            "insert into youth_address (address, youth_id, channel, linked_at) values (?, ?, ?, ?)")
        .params(address, id, channel, ts("2026-01-01T00:00:00Z"))
        .update();
    return this;
  }

  static Timestamp ts(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
