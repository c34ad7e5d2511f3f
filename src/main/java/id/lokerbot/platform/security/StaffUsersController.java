package id.lokerbot.platform.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff users kept in the database ({@code /admin/**}: ADMIN only). Settings users are listed but
 * changed only in settings.
 */
@RestController
class StaffUsersController {

  /** A new password (hashed at once, never stored or logged as given) and a role. */
  record StaffUserRequest(String password, String role) {}

  private final StaffUsers users;

  StaffUsersController(StaffUsers users) {
    this.users = users;
  }

  @GetMapping("/admin/staff-users")
  List<StaffUsers.Listed> list() {
    return users.list();
  }

  @PutMapping("/admin/staff-users/{name}")
  Map<String, String> save(@PathVariable String name, @RequestBody StaffUserRequest request) {
    if (request.role() == null) {
      throw new IllegalArgumentException("role: ADMIN or VIEWER");
    }
    users.save(name, request.password(), StaffUsers.role(request.role()));
    return Map.of("status", "saved", "name", name);
  }

  @DeleteMapping("/admin/staff-users/{name}")
  ResponseEntity<Map<String, String>> delete(@PathVariable String name) {
    return users.delete(name)
        ? ResponseEntity.ok(Map.of("status", "deleted", "name", name))
        : ResponseEntity.status(404).body(Map.of("error", "no such database user"));
  }
}
