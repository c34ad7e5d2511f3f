package id.lokerbot.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The numbers behind the dashboard: {@code GET /api/reports} (every table), {@code
 * /api/reports/{id}} (one table as JSON) and {@code /api/reports/{id}.csv}. Filters as query
 * parameters: {@code from}, {@code to} (dates), {@code regency}, {@code partner}. Staff only.
 */
@RestController
class ReportApiController {

  private final Reports reports;

  ReportApiController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> all(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String regency,
      @RequestParam(required = false) String partner) {
    Reports.Dashboard dashboard = reports.dashboard(ReportFilter.of(from, to, regency, partner));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filter", filter(dashboard.filter()));
    body.put("tables", dashboard.tables().stream().map(ReportApiController::json).toList());
    return body;
  }

  @GetMapping(path = "/api/reports/{id}.csv")
  ResponseEntity<String> csv(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String regency,
      @RequestParam(required = false) String partner) {
    ReportTable table = reports.dashboard(ReportFilter.of(from, to, regency, partner)).table(id);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lokerbot-" + id + ".csv\"")
        .body(Csv.of(table));
  }

  @GetMapping(path = "/api/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> one(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String regency,
      @RequestParam(required = false) String partner) {
    ReportFilter filter = ReportFilter.of(from, to, regency, partner);
    Map<String, Object> body = json(reports.dashboard(filter).table(id));
    body.put("filter", filter(filter));
    return body;
  }

  static Map<String, Object> json(ReportTable table) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", table.id());
    body.put("title", table.title());
    body.put("note", table.note());
    body.put("columns", table.columns());
    List<Map<String, Object>> rows =
        table.rows().stream()
            .map(
                row -> {
                  Map<String, Object> r = new LinkedHashMap<>();
                  for (int i = 0; i < table.columns().size(); i++) {
                    r.put(table.columns().get(i), row.get(i));
                  }
                  return r;
                })
            .toList();
    body.put("rows", rows);
    return body;
  }

  private static Map<String, Object> filter(ReportFilter filter) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("from", filter.from() == null ? null : filter.from().toString());
    f.put("to", filter.to() == null ? null : filter.to().toString());
    f.put("regency", filter.regency());
    f.put("partner", filter.partner());
    return f;
  }
}
