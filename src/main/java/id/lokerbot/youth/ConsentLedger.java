package id.lokerbot.youth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consent ledger ({@code consent_event}): append-only, so every change of mind is kept with
 * when and through which channel. The current consent for a purpose is its latest row.
 */
@Repository
public class ConsentLedger {

  /** One row of the ledger. */
  public record Entry(String purpose, boolean given, Instant at, String channel) {}

  private final JdbcClient jdbc;

  ConsentLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(String youthId, String purpose, boolean given, String channel, Instant at) {
    jdbc.sql(
            "insert into consent_event (youth_id, purpose, given, at, channel)"
                + " values (?, ?, ?, ?, ?)")
        .params(youthId, purpose, given, Timestamp.from(at), channel)
        .update();
  }

  /** The latest answer for a purpose, or empty when never asked. */
  public Optional<Boolean> current(String youthId, String purpose) {
    return Optional.ofNullable(current(youthId).get(purpose));
  }

  /** The latest answer per purpose. */
  public Map<String, Boolean> current(String youthId) {
    Map<String, Boolean> current = new LinkedHashMap<>();
    history(youthId).forEach(e -> current.put(e.purpose(), e.given()));
    return current;
  }

  /** Every row for a youth, oldest first. */
  public List<Entry> history(String youthId) {
    return jdbc.sql(
            "select purpose, given, at, channel from consent_event where youth_id = ?"
                + " order by at, id")
        .param(youthId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getString("purpose"),
                    rs.getBoolean("given"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("channel")))
        .list();
  }
}
