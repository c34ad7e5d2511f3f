package id.lokerbot.channel;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class JdbcMessageLogOnH2Tests extends JdbcMessageLogContractTests {

  static final DataSource db = TestPostgres.freshH2();

  @Override
  DataSource dataSource() {
    return db;
  }
}
