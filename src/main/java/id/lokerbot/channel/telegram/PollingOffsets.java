package id.lokerbot.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The next {@code getUpdates} offset per bot, in {@code telegram_offset}. */
final class PollingOffsets {

  private final JdbcClient jdbc;
  private final Clock clock;

  PollingOffsets(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Long> load(String botId) {
    return jdbc.sql("select next_offset from telegram_offset where bot_id = ?")
        .param(botId)
        .query(Long.class)
        .optional();
  }

  void save(String botId, long nextOffset) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql("update telegram_offset set next_offset = ?, updated_at = ? where bot_id = ?")
            .params(nextOffset, now, botId)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into telegram_offset (bot_id, next_offset, updated_at) values (?, ?, ?)")
          .params(botId, nextOffset, now)
          .update();
    }
  }
}
