package id.lokerbot.platform.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default has no staff users: create an ADMIN with a random password and print it
 * once, so a developer can open the dashboard. Never on PostgreSQL (production), never when users
 * exist in settings or the database.
 */
@Component
class DevAdmin {

  static final String NAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(DevAdmin.class);

  private final StaffUsers users;
  private final StaffSecurityProperties properties;
  private final DataSource dataSource;

  DevAdmin(StaffUsers users, StaffSecurityProperties properties, DataSource dataSource) {
    this.users = users;
    this.properties = properties;
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createIfNeeded() {
    if (!properties.devAdmin() || !embedded() || users.anyConfigured()) {
      return;
    }
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    users.addInMemory(NAME, password, StaffRole.ADMIN);
    log.warn(
        "No staff users configured: created a dev admin for this run only. Log in at /dashboard"
            + " as '{}' with password '{}'. For real deployments set LOKERBOT_SECURITY_USERS_0_*"
            + " (see README).",
        NAME,
        password);
  }

  private boolean embedded() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getURL().startsWith("jdbc:h2:");
    } catch (SQLException e) {
      return false;
    }
  }
}
