package id.lokerbot.youth;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class YouthRecordsOnPostgresTests extends YouthRecordsContractTests {

  static final DataSource db = TestPostgres.freshDatabase();

  @Override
  DataSource dataSource() {
    return db;
  }
}
