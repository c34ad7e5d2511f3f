package id.lokerbot.channel.twilio;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class TwilioQueueOnH2Tests extends TwilioQueueContractTests {

  static final DataSource db = TestPostgres.freshH2();

  @Override
  DataSource dataSource() {
    return db;
  }
}
