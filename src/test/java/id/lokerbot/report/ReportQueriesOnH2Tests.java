package id.lokerbot.report;

import javax.sql.DataSource;

class ReportQueriesOnH2Tests extends ReportQueriesContractTests {

  @Override
  DataSource freshDatabase() {
    return ReportDatabases.freshH2();
  }
}
