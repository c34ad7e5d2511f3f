package id.lokerbot.youth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes for linking a person's addresses (HUBUNGKAN on Telegram, then the code on
 * WhatsApp): six digits, easy to type on any phone, valid for {@link #VALID}, usable once. The code
 * is written when it is issued (not through an event) because the person may type it on their other
 * phone a second later, and every node must find it.
 */
@Repository
public class LinkCodes {

  public static final Duration VALID = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  LinkCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new code for the address; an earlier unused code of the address stops working. */
  @Transactional
  public String issue(String address, Instant now) {
    jdbc.sql("delete from link_code where address = ? or expires_at < ?")
        .params(address, Timestamp.from(now))
        .update();
    for (int attempt = 0; ; attempt++) {
      String code = String.format("%06d", RANDOM.nextInt(1_000_000));
      try {
        jdbc.sql("insert into link_code (code, address, expires_at) values (?, ?, ?)")
            .params(code, address, Timestamp.from(now.plus(VALID)))
            .update();
        return code;
      } catch (DuplicateKeyException e) {
        if (attempt > 20) {
          throw e;
        }
      }
    }
  }

  /** The address that issued this code, if it is valid; the code is used up. */
  @Transactional
  public Optional<String> redeem(String code, Instant now) {
    Optional<String> address =
        jdbc.sql("select address from link_code where code = ? and expires_at >= ?")
            .params(code, Timestamp.from(now))
            .query(String.class)
            .optional();
    address.ifPresent(a -> jdbc.sql("delete from link_code where code = ?").param(code).update());
    return address;
  }

  /** Forgets the codes an address issued (the person deleted their data). */
  public void forget(String address) {
    jdbc.sql("delete from link_code where address = ?").param(address).update();
  }
}
