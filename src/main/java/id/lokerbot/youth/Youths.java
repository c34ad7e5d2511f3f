package id.lokerbot.youth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Youth profiles and their addresses ({@code youth}, {@code youth_address}). */
@Repository
public class Youths {

  private static final RowMapper<Youth> YOUTH =
      (rs, n) ->
          new Youth(
              rs.getString("id"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getString("language"),
              rs.getString("consent_state"));

  private final JdbcClient jdbc;

  Youths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates a youth with a first address. */
  @Transactional
  public Youth create(
      String address, String channel, String language, String consentState, Instant at) {
    Youth youth = new Youth(UUID.randomUUID().toString(), at, language, consentState);
    jdbc.sql("insert into youth (id, created_at, language, consent_state) values (?, ?, ?, ?)")
        .params(youth.id(), Timestamp.from(at), language, consentState)
        .update();
    link(youth.id(), address, channel, at);
    return youth;
  }

  public Optional<Youth> find(String id) {
    return jdbc.sql("select * from youth where id = ?").param(id).query(YOUTH).optional();
  }

  public Optional<Youth> findByAddress(String address) {
    return jdbc.sql(
            "select y.* from youth y join youth_address a on a.youth_id = y.id"
                + " where a.address = ?")
        .param(address)
        .query(YOUTH)
        .optional();
  }

  /**
   * Adds another address to a youth (the same person on Telegram and WhatsApp).
   *
   * @throws org.springframework.dao.DuplicateKeyException when the address belongs to someone
   */
  public void link(String youthId, String address, String channel, Instant at) {
    jdbc.sql(
            "insert into youth_address (address, youth_id, channel, linked_at) values (?, ?, ?, ?)")
        .params(address, youthId, channel, Timestamp.from(at))
        .update();
  }

  public List<String> addresses(String youthId) {
    return jdbc.sql("select address from youth_address where youth_id = ? order by linked_at")
        .param(youthId)
        .query(String.class)
        .list();
  }

  public void updateConsentState(String youthId, String consentState) {
    jdbc.sql("update youth set consent_state = ? where id = ?")
        .params(consentState, youthId)
        .update();
  }

  public void updateLanguage(String youthId, String language) {
    jdbc.sql("update youth set language = ? where id = ?").params(language, youthId).update();
  }

  /**
   * Makes two youths one (the same person consented on two channels, then linked them): the
   * addresses and consent ledger rows of {@code from} move to {@code into}, and {@code from} is
   * deleted. Other modules move their own rows of {@code from} first.
   */
  @Transactional
  public void merge(String from, String into) {
    if (from.equals(into)) {
      return;
    }
    jdbc.sql("update youth_address set youth_id = ? where youth_id = ?")
        .params(into, from)
        .update();
    jdbc.sql("update consent_event set youth_id = ? where youth_id = ?")
        .params(into, from)
        .update();
    jdbc.sql("delete from youth where id = ?").param(from).update();
  }

  /**
   * Deletes a youth with their addresses and consent ledger rows (the person asked us to delete
   * their data; other modules' records cascade or are deleted by those modules first).
   */
  @Transactional
  public void forget(String youthId) {
    jdbc.sql("delete from consent_event where youth_id = ?").param(youthId).update();
    jdbc.sql("delete from youth_address where youth_id = ?").param(youthId).update();
    jdbc.sql("delete from youth where id = ?").param(youthId).update();
  }
}
