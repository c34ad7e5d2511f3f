package id.lokerbot.channel.telegram;

import id.lokerbot.channel.ReferralSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the deep-link payload of a person's first {@code /start} that has one, and tells the
 * other modules with a {@link ReferralSource} event in the same transaction.
 */
final class StartSources {

  /** What Telegram allows in a start parameter. */
  static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StartSources(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
  }

  /** Keeps the first source per chat; returns whether this one was recorded. */
  boolean record(long chatId, String source) {
    if (source == null || !VALID.matcher(source).matches()) {
      return false;
    }
    Instant now = clock.instant();
    try {
      return Boolean.TRUE.equals(
          transaction.execute(
              t -> {
                int known =
                    jdbc.sql("select count(*) from telegram_start_source where chat_id = ?")
                        .param(chatId)
                        .query(Integer.class)
                        .single();
                if (known > 0) {
                  return false;
                }
                jdbc.sql(
                        "insert into telegram_start_source (chat_id, source, started_at)"
                            + " values (?, ?, ?)")
                    .params(chatId, source, Timestamp.from(now))
                    .update();
                events.publishEvent(new ReferralSource("telegram:" + chatId, source, now));
                return true;
              }));
    } catch (DuplicateKeyException e) {
      return false; // the same person's /start arrived twice at once
    }
  }

  /** The recorded first source of a chat, or null. */
  String of(long chatId) {
    return jdbc.sql("select source from telegram_start_source where chat_id = ?")
        .param(chatId)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
