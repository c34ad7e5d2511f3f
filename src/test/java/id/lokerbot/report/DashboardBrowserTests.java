package id.lokerbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver): log in, the
 * page loads, the charts render, a filter changes the numbers, screenshots under {@code target/}.
 * Runs only in the {@code browser} Maven profile ({@code mvn verify -Pbrowser}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "lokerbot.report.refresh-interval=0s")
class DashboardBrowserTests {

  static final String PASSWORD = "browser-password-1";

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    registry.add("lokerbot.security.users[0].name", () -> "sari");
    registry.add(
        "lokerbot.security.users[0].password-hash",
        () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
    registry.add("lokerbot.security.users[0].role", () -> "VIEWER");
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  WebDriver browser;
  Path profile;

  @BeforeEach
  void start() throws Exception {
    jdbc.sql("delete from report_partner").update();
    jdbc.sql("delete from report_person").update();
    ReportFixtures f = new ReportFixtures(jdbc);
    for (int i = 0; i < 14; i++) {
      String id = "b-" + i;
      boolean demak = i < 8;
      f.person(
          id,
          i % 3 == 0 ? "telegram" : "whatsapp",
          i % 2 == 0 ? "female" : "male",
          19 + i,
          demak ? "Demak" : "Brebes",
          i == 0);
      // within the last weeks, so the weekly trend has something to draw
      java.time.Instant reached = java.time.Instant.now().minus(Duration.ofDays(3L * (i % 6)));
      f.stage(id, "reached", "", reached.toString());
      if (i < 10) {
        f.stage(id, "assessed", "", reached.plus(Duration.ofDays(1)).toString());
      }
    }
    String chromium = System.getProperty("browser.binary", "/usr/bin/chromium");
    String driver = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,2200");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    org.springframework.util.FileSystemUtils.deleteRecursively(profile);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String funnelCell(int row, int column) {
    return browser
        .findElement(
            By.cssSelector(
                "#table-funnel tbody tr:nth-child(" + row + ") > :nth-child(" + column + ")"))
        .getText();
  }

  @Test
  void staffLogInSeeChartsAndFilterTheNumbers() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(url("/dashboard"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
    browser.findElement(By.name("username")).sendKeys("sari");
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-funnel")));

    assertThat(browser.getTitle()).contains("programme numbers");
    assertThat(funnelCell(1, 1)).isEqualTo("Reached");
    assertThat(funnelCell(1, 2)).isEqualTo("14");
    assertThat(funnelCell(2, 2)).isEqualTo("10");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return !!(window.lokerbotCharts && window.lokerbotCharts['chart-funnel']);")));
    for (String chart :
        new String[] {"chart-funnel", "chart-regency", "chart-trend", "chart-shares"}) {
      Object size =
          js.executeScript(
              "const c = document.getElementById(arguments[0]);"
                  + " return window.lokerbotCharts[arguments[0]] ? c.width * c.height : 0;",
              chart);
      assertThat(((Number) size).longValue()).as(chart + " canvas size").isPositive();
    }
    Object drawn =
        js.executeScript(
            "return window.lokerbotCharts['chart-funnel'].data.datasets[0].data.slice(0, 2);");
    assertThat(drawn.toString()).isEqualTo("[14, 10]");
    screenshot("dashboard.png");

    new Select(browser.findElement(By.id("regency"))).selectByVisibleText("Brebes");
    browser.findElement(By.id("apply")).click();
    wait.until(ExpectedConditions.urlContains("regency=Brebes"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-funnel")));
    assertThat(funnelCell(1, 2)).isEqualTo("6");
    assertThat(funnelCell(2, 2)).isEqualTo("<5");
    assertThat(browser.findElement(By.id("csv-funnel")).getAttribute("href"))
        .endsWith("/api/reports/funnel.csv?regency=Brebes");

    browser.manage().window().setSize(new Dimension(390, 1800));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-funnel")));
    Object overflow =
        js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    assertThat(overflow).as("no sideways scrolling of the page on a phone").isEqualTo(true);
    screenshot("dashboard-phone.png");
  }

  void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
