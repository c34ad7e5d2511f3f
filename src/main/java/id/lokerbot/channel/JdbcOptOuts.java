package id.lokerbot.channel;

import id.lokerbot.platform.Sha256;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opt-outs in the {@code opt_out} table. The address is kept as written, or, after the person had
 * their data deleted, as {@link #hashed} (see {@link AddressRecords#forget}); both count.
 */
@Repository
class JdbcOptOuts implements OptOuts {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcOptOuts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean isStopped(String address) {
    return jdbc.sql("select count(*) from opt_out where address in (?, ?)")
            .params(address, hashed(address))
            .query(Integer.class)
            .single()
        > 0;
  }

  @Override
  @Transactional
  public void stop(String address, String reason) {
    if (!isStopped(address)) {
      jdbc.sql("insert into opt_out (address, stopped_at, reason) values (?, ?, ?)")
          .params(address, java.sql.Timestamp.from(Instant.now(clock)), reason)
          .update();
    }
  }

  @Override
  public void resume(String address) {
    jdbc.sql("delete from opt_out where address in (?, ?)")
        .params(address, hashed(address))
        .update();
  }

  /** The stop record of a forgotten person: {@code sha256:} and the hex SHA-256 of the address. */
  static String hashed(String address) {
    return "sha256:" + Sha256.hex(address);
  }

  @ApplicationModuleListener
  void on(OptOutRequested event) {
    if (event.stopped()) {
      stop(event.address(), "person asked");
    } else {
      resume(event.address());
    }
  }
}
