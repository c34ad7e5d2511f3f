package id.lokerbot.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  JdbcMessageLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Long> record(List<Entry> entries) {
    List<Long> ids = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into message_log (direction, address, channel, at, flow, node,"
                  + " provider_message_id, status, status_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              e.direction() == Direction.IN ? "in" : "out",
              e.address(),
              Addresses.scheme(e.address()),
              Timestamp.from(e.at()),
              e.flow(),
              e.node(),
              e.providerMessageId(),
              e.status().code(),
              Timestamp.from(e.at()))
          .update(key, "id");
      ids.add(key.getKey().longValue());
    }
    return ids;
  }

  @Override
  public void sent(List<Long> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update message_log set status_at = case when ("
                + STAGE
                + ") < :sent then :at else status_at end,"
                + " status = case when ("
                + STAGE
                + ") < :sent then 'sent' else status end where id in (:ids)")
        .param("sent", Status.SENT.stage())
        .param("at", Timestamp.from(at))
        .param("ids", ids)
        .update();
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
