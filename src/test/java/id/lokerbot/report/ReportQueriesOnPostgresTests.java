package id.lokerbot.report;

import javax.sql.DataSource;

class ReportQueriesOnPostgresTests extends ReportQueriesContractTests {

  @Override
  DataSource freshDatabase() {
    return ReportDatabases.freshPostgres();
  }
}
