package id.lokerbot.catalog;

import id.lokerbot.platform.AdminKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin API for vacancies and trainings ({@code X-Admin-Key}). {@code {kind}} is {@code vacancies}
 * or {@code trainings}.
 *
 * <ul>
 *   <li>{@code POST /admin/catalog/{kind}}: create (id generated when absent) → 201, or 422 listing
 *       every bad field
 *   <li>{@code PUT /admin/catalog/{kind}/{id}}: create or replace → 201 or 200
 *   <li>{@code GET /admin/catalog/{kind}/{id}} → 200 or 404
 *   <li>{@code POST /admin/catalog/{kind}/{id}/close} → 200 or 404
 *   <li>{@code POST /admin/catalog/{kind}/bulk}: a JSON array; good records are saved whatever
 *       happens to bad ones; 200 with counts and, per record, created/updated/rejected and why
 * </ul>
 */
@RestController
@RequestMapping("/admin/catalog")
class CatalogAdminController {

  private final CatalogRecords records;
  private final AdminKey adminKey;

  CatalogAdminController(CatalogRecords records, AdminKey adminKey) {
    this.records = records;
    this.adminKey = adminKey;
  }

  @PostMapping("/{kind}")
  ResponseEntity<Map<String, Object>> create(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String kind,
      @RequestBody Map<String, Object> body) {
    adminKey.check(key);
    Kind k = kind(kind);
    Map<String, Object> input = new LinkedHashMap<>(body);
    input.putIfAbsent("id", (k == Kind.VACANCY ? "v-" : "t-") + UUID.randomUUID());
    return single(records.upsert(k, input));
  }

  @PutMapping("/{kind}/{id}")
  ResponseEntity<Map<String, Object>> put(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String kind,
      @PathVariable String id,
      @RequestBody Map<String, Object> body) {
    adminKey.check(key);
    Map<String, Object> input = new LinkedHashMap<>(body);
    Object given = input.put("id", id);
    if (given != null && !given.equals(id)) {
      return ResponseEntity.unprocessableContent()
          .body(
              Map.of(
                  "errors",
                  List.of(new FieldError("id", "differs from the id in the address: " + given))));
    }
    return single(records.upsert(kind(kind), input));
  }

  @GetMapping("/{kind}/{id}")
  ResponseEntity<Object> get(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String kind,
      @PathVariable String id) {
    adminKey.check(key);
    var found =
        kind(kind) == Kind.VACANCY
            ? records.vacancy(id).map(Object.class::cast)
            : records.training(id).map(Object.class::cast);
    return found
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + kind));
  }

  @PostMapping("/{kind}/{id}/close")
  Map<String, Object> close(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String kind,
      @PathVariable String id) {
    adminKey.check(key);
    if (!records.close(kind(kind), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + kind);
    }
    return Map.of("id", id, "status", "closed");
  }

  @PostMapping("/{kind}/bulk")
  Map<String, Object> bulk(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String kind,
      @RequestBody List<Object> items) {
    adminKey.check(key);
    CatalogRecords.Bulk bulk = records.bulk(kind(kind), items, false);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("created", bulk.created());
    out.put("updated", bulk.updated());
    out.put("rejected", bulk.rejected());
    out.put(
        "results",
        bulk.results().stream()
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("index", r.index());
                  if (r.id() != null) {
                    m.put("id", r.id());
                  }
                  m.put("outcome", r.outcome());
                  if (!r.errors().isEmpty()) {
                    m.put("errors", r.errors());
                  }
                  return m;
                })
            .toList());
    return out;
  }

  private static ResponseEntity<Map<String, Object>> single(CatalogRecords.Result r) {
    if (r.rejected()) {
      return ResponseEntity.unprocessableContent().body(Map.of("errors", r.errors()));
    }
    HttpStatus status = r.outcome().equals("created") ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).body(Map.of("id", r.id(), "outcome", r.outcome()));
  }

  private static Kind kind(String path) {
    return switch (path) {
      case "vacancies" -> Kind.VACANCY;
      case "trainings" -> Kind.TRAINING;
      default ->
          throw new ResponseStatusException(
              HttpStatus.NOT_FOUND, "use /admin/catalog/vacancies or /admin/catalog/trainings");
    };
  }
}
