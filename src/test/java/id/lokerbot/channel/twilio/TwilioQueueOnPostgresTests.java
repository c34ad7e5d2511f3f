package id.lokerbot.channel.twilio;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class TwilioQueueOnPostgresTests extends TwilioQueueContractTests {

  static final DataSource db = TestPostgres.freshDatabase();

  @Override
  DataSource dataSource() {
    return db;
  }
}
