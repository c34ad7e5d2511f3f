package id.lokerbot.content;

import id.lokerbot.platform.AdminKey;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/content/reload}: 200 when the new content is in force, 422 with problems. */
@RestController
class ContentReloadController {

  private final ContentService content;
  private final AdminKey adminKey;

  ContentReloadController(ContentService content, AdminKey adminKey) {
    this.content = content;
    this.adminKey = adminKey;
  }

  @PostMapping("/admin/content/reload")
  ResponseEntity<Map<String, Object>> reload(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key) {
    adminKey.check(key);
    List<String> problems = content.reload();
    if (problems.isEmpty()) {
      return ResponseEntity.ok(
          Map.of("status", "reloaded", "version", content.current().version()));
    }
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .body(Map.of("status", "refused, old content still in force", "problems", problems));
  }
}
