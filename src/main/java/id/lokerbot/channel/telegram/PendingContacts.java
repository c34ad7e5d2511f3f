package id.lokerbot.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone numbers people shared, until they confirm or decline linking them. Kept in the database
 * rather than in memory so the confirming button press may reach another node.
 */
class PendingContacts {

  /** A confirmation later than this does not count: the person is asked again. */
  static final Duration KEEP = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  PendingContacts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void put(long chatId, String phone) {
    jdbc.sql("delete from telegram_pending_contact where chat_id = ?").param(chatId).update();
    jdbc.sql("insert into telegram_pending_contact (chat_id, phone, shared_at) values (?, ?, ?)")
        .params(chatId, phone, Timestamp.from(clock.instant()))
        .update();
  }

  /** Removes and returns the chat's pending number, if it is recent enough. */
  @Transactional
  public Optional<String> take(long chatId) {
    Optional<String> phone =
        jdbc.sql("select phone from telegram_pending_contact where chat_id = ? and shared_at > ?")
            .params(chatId, Timestamp.from(clock.instant().minus(KEEP)))
            .query(String.class)
            .optional();
    jdbc.sql("delete from telegram_pending_contact where chat_id = ?").param(chatId).update();
    return phone;
  }
}
