package id.lokerbot.report;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the read model as the modules that do not exist yet would leave them (profile
 * dimensions, assessments, referrals, training reports), and message log rows for the one source
 * that does.
 */
final class ReportFixtures {

  private final JdbcClient jdbc;

  ReportFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ReportFixtures person(
      String id, String channel, String gender, Integer age, String regency, Boolean disability) {
    jdbc.sql(
            "insert into report_person (person_id, first_seen_at, channel, gender, age, regency,"
                + " disability, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            ts("2026-01-01T00:00:00Z"),
            channel,
            gender,
            age,
            regency,
            disability,
            ts("2026-01-01T00:00:00Z"))
        .update();
    return this;
  }

  ReportFixtures stage(String person, String stage, String partner, String at, String channel) {
    jdbc.sql(
            "insert into report_stage (person_id, stage, partner, at, channel) values (?, ?, ?, ?,"
                + " ?)")
        .params(person, stage, partner, ts(at), channel)
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
