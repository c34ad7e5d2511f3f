package id.lokerbot.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Guards the admin endpoints: the caller sends {@code X-Admin-Key} equal to {@code
 * lokerbot.platform.admin-key}, or is a staff user with the ADMIN role (Spring Security, see {@code
 * platform.security}). With no key configured only staff admins get in.
 */
@Component
public class AdminKey {

  /** The header that carries the key. */
  public static final String HEADER = "X-Admin-Key";

  private final byte[] expected;

  AdminKey(PlatformProperties properties) {
    String key = properties.adminKey();
    this.expected = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Throws 401 when no key was given and 403 when it is wrong or admin access is off; passes for a
   * request already authenticated as ADMIN (a staff login or the key, checked by the security
   * filter).
   */
  public void check(String provided) {
    if (authenticatedAsAdmin()) {
      return;
    }
    if (provided == null || provided.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "admin key required");
    }
    if (expected == null
        || !MessageDigest.isEqual(expected, provided.getBytes(StandardCharsets.UTF_8))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "wrong admin key");
    }
  }

  /** Whether the key is the configured one (constant time); false when no key is configured. */
  public boolean matches(String provided) {
    return expected != null
        && provided != null
        && MessageDigest.isEqual(expected, provided.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean authenticatedAsAdmin() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
  }
}
