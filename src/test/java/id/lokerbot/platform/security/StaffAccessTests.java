package id.lokerbot.platform.security;

import static id.lokerbot.StaffClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.StaffClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who gets in where: staff logins from settings and the database, roles, the admin key as ADMIN,
 * CSRF on session requests, and the paths that stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffAccessTests {

  static final String ADMIN_PASSWORD = "admin-password-1";
  static final String VIEWER_PASSWORD = "viewer-password-1";

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    registry.add("lokerbot.security.users[0].name", () -> "ana");
    registry.add("lokerbot.security.users[0].password-hash", () -> bcrypt.encode(ADMIN_PASSWORD));
    registry.add("lokerbot.security.users[0].role", () -> "ADMIN");
    registry.add("lokerbot.security.users[1].name", () -> "vera");
    registry.add("lokerbot.security.users[1].password-hash", () -> bcrypt.encode(VIEWER_PASSWORD));
    registry.add("lokerbot.security.users[1].role", () -> "viewer");
  }

  @LocalServerPort int port;

  StaffClient client() {
    return new StaffClient(port);
  }

  @Test
  void theDashboardNeedsALoginAndTheFormLoginOpensIt() throws Exception {
    StaffClient browser = client();
    HttpResponse<String> anonymous = browser.get("/dashboard");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

    assertThat(browser.login("vera", "wrong-password").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    HttpResponse<String> login = browser.login("vera", VIEWER_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/dashboard");
    HttpResponse<String> dashboard = browser.get("/dashboard");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Programme numbers", "table-funnel");
    // the session also opens the CSV links on the page
    assertThat(browser.get("/api/reports/funnel.csv").statusCode()).isEqualTo(200);
  }

  @Test
  void reportApiTakesBasicAuthForBothRoles() throws Exception {
    StaffClient api = client();
    assertThat(api.get("/api/reports").statusCode()).isEqualTo(401);
    assertThat(
            api.send("GET", "/api/reports", null, "Authorization", basic("vera", "nope"))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            api.send("GET", "/api/reports", null, "Authorization", basic("vera", VIEWER_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.send(
                    "GET",
                    "/api/reports/funnel",
                    null,
                    "Authorization",
                    basic("ana", ADMIN_PASSWORD))
                .body())
        .contains("\"id\":\"funnel\"");
  }

  @Test
  void adminApisNeedTheAdminRoleOrTheAdminKey() throws Exception {
    StaffClient api = client();
    String reload = "/admin/content/reload";
    assertThat(api.send("POST", reload, null).statusCode()).isEqualTo(401);
    assertThat(api.send("POST", reload, null, "X-Admin-Key", "guess").statusCode()).isEqualTo(403);
    assertThat(
            api.send("POST", reload, null, "Authorization", basic("vera", VIEWER_PASSWORD))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send("POST", reload, null, "Authorization", basic("ana", ADMIN_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    assertThat(api.send("POST", reload, null, "X-Admin-Key", "test-admin-key").statusCode())
        .isEqualTo(200);
    // the key also reads the numbers
    assertThat(api.send("GET", "/api/reports", null, "X-Admin-Key", "test-admin-key").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aSessionCannotChangeAnythingWithoutItsCsrfToken() throws Exception {
    StaffClient browser = client();
    browser.login("ana", ADMIN_PASSWORD);
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
    // a forged cross-site POST carries the session cookie but not the token
    assertThat(browser.send("POST", "/admin/content/reload", null).statusCode()).isEqualTo(403);
    String token = StaffClient.csrf(browser.get("/dashboard").body());
    assertThat(
            browser.send("POST", "/admin/content/reload", null, "X-CSRF-TOKEN", token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void staffUsersInTheDatabaseAreHashedAndCanLogIn() throws Exception {
    StaffClient api = client();
    String admin = basic("ana", ADMIN_PASSWORD);
    String body = "{\"password\":\"a-long-password-42\",\"role\":\"VIEWER\"}";
    assertThat(
            api.send(
                    "PUT",
                    "/admin/staff-users/budi",
                    body,
                    "Authorization",
                    basic("vera", VIEWER_PASSWORD),
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(
                    "PUT",
                    "/admin/staff-users/budi",
                    body,
                    "Authorization",
                    admin,
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.send(
                    "PUT",
                    "/admin/staff-users/short",
                    "{\"password\":\"short\",\"role\":\"VIEWER\"}",
                    "Authorization",
                    admin,
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(400);
    String listed = api.send("GET", "/admin/staff-users", null, "Authorization", admin).body();
    assertThat(listed).contains("budi", "database", "vera", "settings").doesNotContain("$2");
    assertThat(
            api.send(
                    "GET",
                    "/api/reports",
                    null,
                    "Authorization",
                    basic("budi", "a-long-password-42"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.send("DELETE", "/admin/staff-users/budi", null, "Authorization", admin)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.send(
                    "GET",
                    "/api/reports",
                    null,
                    "Authorization",
                    basic("budi", "a-long-password-42"))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void openPathsStayOpen() throws Exception {
    StaffClient anyone = client();
    assertThat(anyone.get("/").statusCode()).isEqualTo(200);
    assertThat(anyone.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(anyone.get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    assertThat(anyone.get("/assets/report/dashboard.js").statusCode()).isEqualTo(200);
    HttpResponse<String> simulator =
        anyone.send(
            "POST",
            "/simulator/messages",
            "{\"from\":\"sim:open\",\"text\":\"halo\"}",
            "Content-Type",
            "application/json");
    assertThat(simulator.statusCode()).isEqualTo(200);
    // webhooks check their own signatures: no login, no CSRF token in the way
    assertThat(
            anyone
                .send(
                    "POST",
                    "/webhooks/twilio",
                    "From=whatsapp%3A%2B628&Body=halo",
                    "Content-Type",
                    "application/x-www-form-urlencoded")
                .statusCode())
        .isNotIn(302, 401);
    // unsubscribe links (issue 9) are not behind the login: a forged token reaches the
    // unsubscribe page itself, which refuses it kindly (403 with a page, not the login)
    var unsubscribe = anyone.get("/u/some-token");
    assertThat(unsubscribe.statusCode()).isNotIn(302, 401);
    assertThat(unsubscribe.body()).containsIgnoringCase("<html");
    // metrics are for staff
    assertThat(anyone.get("/actuator/prometheus").statusCode()).isEqualTo(401);
  }
}
