package id.lokerbot.channel.twilio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rest of a long SMS reply ({@code twilio_sms_page}), one row per address, kept until the
 * person answers 9, writes something else, or the time to live runs out. In the database, so the 9
 * may reach any node.
 */
@Repository
class SmsPages {

  /** The next page, and the language the pages are written in. */
  record Page(String text, String language) {}

  private final JdbcClient jdbc;

  SmsPages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces whatever was waiting for the address. */
  void save(String address, List<String> pages, String language, Instant expiresAt) {
    clear(address);
    jdbc.sql(
            "insert into twilio_sms_page (address, pages, language, expires_at) values (?, ?, ?,"
                + " ?) on conflict do nothing")
        .params(address, TwilioQueue.json(pages), language, Timestamp.from(expiresAt))
        .update();
  }

  /** Whether a page waits for this address. */
  boolean pending(String address, Instant now) {
    return row(address, now).isPresent();
  }

  /**
   * Takes the next page, if one waits. Two 9s at once get different pages or none: the row is
   * changed only if it is still what was read.
   */
  Optional<Page> next(String address, Instant now) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Row> row = row(address, now);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      List<String> pages = TwilioQueue.strings(row.get().pages());
      if (pages.isEmpty()) {
        clear(address);
        return Optional.empty();
      }
      int changed =
          pages.size() == 1
              ? jdbc.sql("delete from twilio_sms_page where address = ? and pages = ?")
                  .params(address, row.get().pages())
                  .update()
              : jdbc.sql("update twilio_sms_page set pages = ? where address = ? and pages = ?")
                  .params(
                      TwilioQueue.json(pages.subList(1, pages.size())), address, row.get().pages())
                  .update();
      if (changed == 1) {
        return Optional.of(new Page(pages.get(0), row.get().language()));
      }
    }
    return Optional.empty();
  }

  /** Forgets pages nobody asked for in time. */
  void purge(Instant now) {
    jdbc.sql("delete from twilio_sms_page where expires_at <= ?")
        .param(Timestamp.from(now))
        .update();
  }

  void clear(String address) {
    jdbc.sql("delete from twilio_sms_page where address = ?").param(address).update();
  }

  record Row(String pages, String language) {}

  private Optional<Row> row(String address, Instant now) {
    return jdbc.sql(
            "select pages, language from twilio_sms_page where address = ? and expires_at > ?")
        .params(address, Timestamp.from(now))
        .query(Row.class)
        .optional();
  }
}
