package id.lokerbot.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Guards the admin endpoints until staff logins arrive: the caller sends {@code X-Admin-Key} equal
 * to {@code lokerbot.platform.admin-key}. With no key configured the endpoints are closed.
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

  /** Throws 401 when no key was given and 403 when it is wrong or admin access is off. */
  public void check(String provided) {
    if (provided == null || provided.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "admin key required");
    }
    if (expected == null
        || !MessageDigest.isEqual(expected, provided.getBytes(StandardCharsets.UTF_8))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "wrong admin key");
    }
  }
}
