package id.lokerbot.channel;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class JdbcMessageLogOnPostgresTests extends JdbcMessageLogContractTests {

  static final DataSource db = TestPostgres.freshDatabase();

  @Override
  DataSource dataSource() {
    return db;
  }
}
