package id.lokerbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.StaffClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard and its API over HTTP: the same suppressed cells in HTML, JSON and CSV, filters
 * from the query string, and a clear answer for a bad filter.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "lokerbot.report.refresh-interval=0s")
class ReportApiTests {

  static final String PASSWORD = "report-password-1";

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.security.users[0].name", () -> "ana");
    registry.add(
        "lokerbot.security.users[0].password-hash",
        () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
    registry.add("lokerbot.security.users[0].role", () -> "VIEWER");
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient api;

  @BeforeEach
  void fixtures() {
    api = new StaffClient(port);
    jdbc.sql("delete from report_partner").update();
    jdbc.sql("delete from report_person").update();
    ReportFixtures f = new ReportFixtures(jdbc);
    for (int i = 0; i < 9; i++) {
      String id = "api-" + i;
      f.person(
          id, "whatsapp", i < 6 ? "female" : "male", 20 + i, i < 7 ? "Demak" : "Brebes", i == 0);
      f.stage(id, "reached", "", "2026-03-03T10:00:00Z");
    }
    f.stage("api-0", "referred", "alfamart", "2026-03-04T10:00:00Z");
  }

  HttpResponse<String> get(String path) throws Exception {
    return api.send("GET", path, null, "X-Admin-Key", "test-admin-key");
  }

  @Test
  void jsonAndCsvCarryTheSuppressedCells() throws Exception {
    HttpResponse<String> json = get("/api/reports/by-gender");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    assertThat(json.body())
        .contains("{\"gender\":\"female\",\"reached\":6,\"assessed\":0")
        .contains("{\"gender\":\"male\",\"reached\":\"<5\"")
        .doesNotContain("\"reached\":3");

    HttpResponse<String> csv = get("/api/reports/by-gender.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("lokerbot-by-gender.csv");
    assertThat(csv.body()).contains("female,6,", "male,<5,").doesNotContain("male,3,");
  }

  @Test
  void filtersComeFromTheQueryString() throws Exception {
    assertThat(get("/api/reports/funnel?regency=Demak").body()).contains("\"people\":7");
    assertThat(get("/api/reports/funnel?regency=Brebes").body()).contains("\"people\":\"<5\"");
    assertThat(get("/api/reports/funnel?from=2026-03-04").body())
        .contains("{\"stage\":\"Reached\",\"people\":0");
    assertThat(get("/api/reports").body()).contains("\"id\":\"targets\"", "\"id\":\"trend\"");
  }

  @Test
  void badFiltersAndUnknownTablesAreClearErrors() throws Exception {
    HttpResponse<String> badDate = get("/api/reports/funnel?from=yesterday");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("from must be a date");
    assertThat(get("/api/reports/nothing.csv").statusCode()).isEqualTo(400);
  }

  @Test
  void theDashboardRendersEveryTableWithItsCsvLink() throws Exception {
    StaffClient browser = new StaffClient(port);
    assertThat(browser.login("ana", PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> page = browser.get("/dashboard?regency=Demak");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    for (String id :
        java.util.List.of(
            "targets",
            "funnel",
            "shares",
            "by-gender",
            "by-disability",
            "by-age-band",
            "by-regency",
            "by-channel",
            "by-partner",
            "trend")) {
      assertThat(html)
          .contains("id=\"table-" + id + "\"")
          .contains("href=\"/api/reports/" + id + ".csv?regency=Demak\"");
    }
    assertThat(html)
        .contains("<option value=\"Demak\" selected=\"selected\">Demak</option>")
        .contains("data-value=\"7\"")
        .contains("data-value=\"&lt;5\"")
        .contains("name=\"_csrf\"");
    HttpResponse<String> bad = browser.get("/dashboard?to=not-a-date");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("to must be a date");
  }
}
