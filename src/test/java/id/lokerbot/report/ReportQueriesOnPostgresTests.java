package id.lokerbot.report;

import javax.sql.DataSource;

class ReportQueriesOnPostgresTests extends ReportQueriesContractTests {

  static final DataSource DB = ReportDatabases.freshPostgres();

  @Override
  DataSource database() {
    return DB;
  }
}
