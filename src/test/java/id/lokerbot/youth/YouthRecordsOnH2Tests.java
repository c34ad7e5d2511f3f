package id.lokerbot.youth;

import id.lokerbot.platform.TestPostgres;
import javax.sql.DataSource;

class YouthRecordsOnH2Tests extends YouthRecordsContractTests {

  static final DataSource db = TestPostgres.freshH2();

  @Override
  DataSource dataSource() {
    return db;
  }
}
