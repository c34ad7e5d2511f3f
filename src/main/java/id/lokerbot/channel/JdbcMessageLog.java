package id.lokerbot.channel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The message log in the {@code message_log} table. */
@Repository
class JdbcMessageLog implements MessageLog {

  /** The stage of the status in the row, in SQL, so the check and the update are one statement. */
  private static final String STAGE;

  static {
    StringBuilder sql = new StringBuilder("case status");
    for (Status s : Status.values()) {
      sql.append(" when '").append(s.code()).append("' then ").append(s.stage());
    }
    STAGE = sql.append(" else 0 end").toString();
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  JdbcMessageLog(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  @Override
  public List<Long> record(List<Entry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    // one batch for a turn's rows (the message in and its replies), ids back in order
    KeyHolder keys = new GeneratedKeyHolder();
    batch.batchUpdate(
        connection ->
            connection.prepareStatement(
                "insert into message_log (direction, address, channel, at, flow, node,"
                    + " provider_message_id, status, status_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            Entry e = entries.get(i);
            ps.setString(1, e.direction() == Direction.IN ? "in" : "out");
            ps.setString(2, e.address());
            ps.setString(3, Addresses.scheme(e.address()));
            ps.setTimestamp(4, Timestamp.from(e.at()));
            ps.setString(5, e.flow());
            ps.setString(6, e.node());
            ps.setString(7, e.providerMessageId());
            ps.setString(8, e.status().code());
            ps.setTimestamp(9, Timestamp.from(e.at()));
          }

          @Override
          public int getBatchSize() {
            return entries.size();
          }
        },
        keys);
    List<Long> ids = new ArrayList<>(entries.size());
    for (Map<String, Object> key : keys.getKeyList()) {
      ids.add(((Number) key.values().iterator().next()).longValue());
    }
    return ids;
  }

  @Override
  public void sent(long id, String providerMessageId, Instant at) {
    // A fast delivery callback may have moved the row on already: keep its later stage.
    jdbc.sql(
            "update message_log set provider_message_id = ?,"
                + " status_at = case when ("
                + STAGE
                + ") < ? then ? else status_at end,"
                + " status = case when ("
                + STAGE
                + ") < ? then 'sent' else status end where id = ?")
        .params(providerMessageId, Status.SENT.stage(), Timestamp.from(at), Status.SENT.stage(), id)
        .update();
  }

  @Override
  public boolean status(
      String channel, String providerMessageId, Status status, String errorCode, Instant at) {
    return jdbc.sql(
                "update message_log set status = ?, status_at = ?, error_code = ?"
                    + " where channel = ? and provider_message_id = ? and direction = 'out' and ("
                    + STAGE
                    + ") < ?")
            .params(
                status.code(),
                Timestamp.from(at),
                errorCode,
                channel,
                providerMessageId,
                status.stage())
            .update()
        > 0;
  }

  @Override
  public List<Entry> of(String address) {
    return jdbc.sql(
            "select direction, address, at, flow, node, provider_message_id, status"
                + " from message_log where address = ? order by id")
        .param(address)
        .query(
            (rs, n) ->
                new Entry(
                    "in".equals(rs.getString("direction")) ? Direction.IN : Direction.OUT,
                    rs.getString("address"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("flow"),
                    rs.getString("node"),
                    rs.getString("provider_message_id"),
                    Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT))))
        .list();
  }
}
