package id.lokerbot.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff logins for the dashboard, the report API and the admin APIs.
 *
 * @param users staff users from settings: {@code lokerbot.security.users[0].name}, {@code
 *     .password-hash} (BCrypt, e.g. {@code $2a$10$...}) and {@code .role} (ADMIN or VIEWER). In
 *     production set them from the environment: {@code LOKERBOT_SECURITY_USERS_0_NAME}, {@code
 *     LOKERBOT_SECURITY_USERS_0_PASSWORD_HASH}, {@code LOKERBOT_SECURITY_USERS_0_ROLE}. More users
 *     can live in the database (table {@code staff_user}, {@code /admin/staff-users}).
 * @param devAdmin with no users in settings or the database and the embedded H2 database, create an
 *     ADMIN called {@code admin} with a random password printed once in the log (default true;
 *     never happens on PostgreSQL)
 */
@ConfigurationProperties("lokerbot.security")
record StaffSecurityProperties(List<User> users, @DefaultValue("true") boolean devAdmin) {

  StaffSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * One staff user from settings.
   *
   * @param name login name
   * @param passwordHash BCrypt hash of the password (never the password itself)
   * @param role ADMIN (everything) or VIEWER (dashboard, reports, metrics)
   */
  record User(String name, String passwordHash, StaffRole role) {}
}
