package id.lokerbot.channel;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link AddressRecords} over the channels' tables. */
@Repository
class JdbcAddressRecords implements AddressRecords {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAddressRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void forget(String address) {
    jdbc.sql("delete from message_log where address = ?").param(address).update();
    int stopped = jdbc.sql("delete from opt_out where address = ?").param(address).update();
    if (stopped > 0) {
      jdbc.sql("delete from opt_out where address = ?").param(JdbcOptOuts.hashed(address)).update();
      jdbc.sql("insert into opt_out (address, stopped_at, reason) values (?, ?, ?)")
          .params(
              JdbcOptOuts.hashed(address),
              Timestamp.from(clock.instant()),
              "person asked; data deleted")
          .update();
    }
    if (Addresses.scheme(address).equals("telegram")) {
      String chat = address.substring("telegram:".length());
      if (chat.matches("-?\\d{1,19}")) {
        long chatId = Long.parseLong(chat);
        jdbc.sql("delete from telegram_start_source where chat_id = ?").param(chatId).update();
        jdbc.sql("delete from telegram_pending_contact where chat_id = ?").param(chatId).update();
      }
    }
  }
}
