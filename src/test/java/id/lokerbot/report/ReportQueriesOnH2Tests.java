package id.lokerbot.report;

import javax.sql.DataSource;

class ReportQueriesOnH2Tests extends ReportQueriesContractTests {

  static final DataSource DB = ReportDatabases.freshH2();

  @Override
  DataSource database() {
    return DB;
  }
}
