package id.lokerbot.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff users: those in settings first, then the {@code staff_user} table, then the dev admin of
 * the embedded default. Only password hashes are kept anywhere.
 */
@Service
class StaffUsers implements UserDetailsService {

  /** A staff user as listed by the admin API: never the hash. */
  record Listed(String name, String role, String source) {}

  private final Map<String, StaffSecurityProperties.User> fromSettings = new ConcurrentHashMap<>();
  private final Map<String, UserDetails> inMemory = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;

  StaffUsers(
      StaffSecurityProperties properties, JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
    for (StaffSecurityProperties.User user : properties.users()) {
      if (user.name() == null || user.name().isBlank()) {
        throw new IllegalStateException("lokerbot.security.users: a user without a name");
      }
      if (user.passwordHash() == null || !user.passwordHash().startsWith("$2")) {
        throw new IllegalStateException(
            "lokerbot.security.users: " + user.name() + " needs a BCrypt password-hash ($2a$...)");
      }
      if (user.role() == null) {
        throw new IllegalStateException(
            "lokerbot.security.users: " + user.name() + " needs a role (ADMIN or VIEWER)");
      }
      fromSettings.put(user.name(), user);
    }
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    StaffSecurityProperties.User configured = fromSettings.get(name);
    if (configured != null) {
      return details(configured.name(), configured.passwordHash(), configured.role());
    }
    Optional<UserDetails> stored =
        jdbc.sql(
                "select username, password_hash, role from staff_user where username = ? and enabled")
            .param(name)
            .query(
                (rs, n) ->
                    details(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        StaffRole.valueOf(rs.getString("role"))))
            .optional();
    if (stored.isPresent()) {
      return stored.get();
    }
    UserDetails dev = inMemory.get(name);
    if (dev != null) {
      return User.withUserDetails(dev).build();
    }
    throw new UsernameNotFoundException("no such staff user");
  }

  boolean anyConfigured() {
    return !fromSettings.isEmpty()
        || jdbc.sql("select count(*) from staff_user").query(Long.class).single() > 0;
  }

  /** A user kept in memory only (the dev admin). */
  void addInMemory(String name, String password, StaffRole role) {
    inMemory.put(name, details(name, encoder.encode(password), role));
  }

  /** Adds or replaces a database user; the password is hashed here. */
  void save(String name, String password, StaffRole role) {
    if (fromSettings.containsKey(name)) {
      throw new IllegalArgumentException("user " + name + " is defined in settings");
    }
    if (name == null || !name.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw new IllegalArgumentException("name: 2-100 letters, digits, dots, dashes, @ or _");
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException("password: at least 12 characters");
    }
    String hash = encoder.encode(password);
    int updated =
        jdbc.sql(
                "update staff_user set password_hash = ?, role = ?, enabled = true where username = ?")
            .params(hash, role.name(), name)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into staff_user (username, password_hash, role, enabled, created_at)"
                  + " values (?, ?, ?, true, ?)")
          .params(name, hash, role.name(), Timestamp.from(clock.instant()))
          .update();
    }
  }

  boolean delete(String name) {
    return jdbc.sql("delete from staff_user where username = ?").param(name).update() > 0;
  }

  List<Listed> list() {
    List<Listed> all = new java.util.ArrayList<>();
    fromSettings.values().forEach(u -> all.add(new Listed(u.name(), u.role().name(), "settings")));
    jdbc.sql("select username, role from staff_user where enabled order by username")
        .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), "database"))
        .list()
        .forEach(all::add);
    inMemory
        .values()
        .forEach(
            u ->
                all.add(
                    new Listed(
                        u.getUsername(),
                        u.getAuthorities().iterator().next().getAuthority().substring(5),
                        "dev admin (memory)")));
    return all;
  }

  private static UserDetails details(String name, String hash, StaffRole role) {
    return User.withUsername(name).password(hash).authorities(role.authority()).build();
  }

  static StaffRole role(String value) {
    try {
      return StaffRole.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("role: ADMIN or VIEWER");
    }
  }
}
