package id.lokerbot.assessment;

import id.lokerbot.assessment.chat.AssessmentCompleted;
import id.lokerbot.assessment.chat.Instrument;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;

/** The latest result per address and kind, in {@code assessment_result}. */
@Repository
class JdbcAssessmentResults implements AssessmentResults {

  private final JdbcClient jdbc;

  JdbcAssessmentResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The chat publishes this only when the person agreed that we keep their answers. */
  @ApplicationModuleListener
  void on(AssessmentCompleted event) {
    save(event);
  }

  void save(AssessmentCompleted event) {
    jdbc.sql("delete from assessment_result where address = ? and kind = ?")
        .params(event.address(), event.kind())
        .update();
    jdbc.sql(
            "insert into assessment_result (address, kind, scores, completed_at) values (?, ?, ?,"
                + " ?)")
        .params(event.address(), event.kind(), encode(event.scores()), Timestamp.from(event.at()))
        .update();
  }

  @Override
  public List<String> completedKinds(String address) {
    return jdbc.sql("select kind from assessment_result where address = ? order by kind")
        .param(address)
        .query(String.class)
        .list();
  }

  @Override
  public Optional<ReadinessSummary> readiness(String address) {
    return jdbc.sql(
            "select scores, completed_at from assessment_result where address = ? and kind = ?")
        .params(address, Instrument.READINESS)
        .query(
            (rs, n) ->
                new ReadinessSummary(
                    decode(rs.getString("scores")), rs.getTimestamp("completed_at").toInstant()))
        .optional();
  }

  @Override
  public void forget(String address) {
    jdbc.sql("delete from assessment_result where address = ?").param(address).update();
  }

  /** {@code R=7;I=3;...}: readable in the database, and in plain SQL on H2 and PostgreSQL. */
  static String encode(Map<String, Integer> scores) {
    return scores.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  static Map<String, Integer> decode(String scores) {
    Map<String, Integer> decoded = new LinkedHashMap<>();
    for (String pair : scores.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        decoded.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
      }
    }
    return decoded;
  }
}
