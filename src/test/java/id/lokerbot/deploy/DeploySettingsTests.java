package id.lokerbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/lokerbot.env} lists every lokerbot setting and nothing that is not a setting, so
 * the operator's file cannot drift from the {@code @ConfigurationProperties} records.
 */
class DeploySettingsTests {

  static Settings settings;
  static EnvFile env;

  @BeforeAll
  static void load() throws Exception {
    settings = Settings.load();
    env = EnvFile.read(Path.of("deploy/lokerbot.env"));
  }

  @Test
  void metadataHasTheRecordsAndTheirJavadoc() {
    assertThat(settings.own().keySet())
        .contains(
            "lokerbot.content.dir",
            "lokerbot.telegram.token",
            "lokerbot.twilio.auth-token",
            "lokerbot.public-url");
    assertThat(settings.own().get("lokerbot.conversation.idle-timeout").description())
        .contains("restarts politely");
  }

  @Test
  void everyLokerbotSettingIsInTheEnvFile() {
    Set<String> covered = new HashSet<>();
    for (String name : env.names()) {
      settings.settingFor(name).ifPresent(s -> covered.add(s.name()));
    }
    List<String> missing = new ArrayList<>();
    settings.own().values().stream()
        .filter(s -> !covered.contains(s.name()))
        .forEach(
            s ->
                missing.add(
                    "# "
                        + s.description().replaceAll("\\s+", " ")
                        + "\n# "
                        + s.envName()
                        + "="
                        + defaultText(s.defaultValue())));
    assertThat(missing)
        .as("settings missing from deploy/lokerbot.env; add these lines (and a better comment)")
        .isEmpty();
  }

  @Test
  void everyNameInTheEnvFileIsARealSetting() {
    assertThat(env.names()).hasSizeGreaterThan(40).allSatisfy(this::isReal);
    assertThat(env.names()).doesNotHaveDuplicates();
  }

  @Test
  void everySettingLineHasAComment() {
    assertThat(env.lines())
        .allSatisfy(
            line ->
                assertThat(line.description())
                    .as("line %d (%s) needs a comment line above it", line.number(), line.name())
                    .isNotBlank());
  }

  @Test
  void shownDefaultsAreTheRealDefaults() {
    Map<String, Settings.Setting> own = settings.own();
    for (EnvFile.Line line : env.lines()) {
      if (!line.commented()) {
        continue;
      }
      Settings.Setting setting = settings.settingFor(line.name()).orElseThrow();
      assertThat(own).as("only lokerbot settings are shown commented out").containsValue(setting);
      assertThat(line.value())
          .as("line %d: the default of %s", line.number(), setting.name())
          .isEqualTo(defaultText(setting.defaultValue()));
    }
  }

  @Test
  void secretsAreLeftEmpty() {
    List<EnvFile.Line> secrets =
        env.lines().stream()
            .filter(l -> l.name().matches(".*(TOKEN|PASSWORD|SECRET|ADMIN_KEY)$"))
            .toList();
    assertThat(secrets).extracting(EnvFile.Line::name).contains("LOKERBOT_TELEGRAM_TOKEN");
    assertThat(secrets).allSatisfy(l -> assertThat(l.value()).as(l.name()).isEmpty());
  }

  @Test
  void productionValues() {
    Map<String, String> set = new java.util.HashMap<>();
    env.lines().stream().filter(l -> !l.commented()).forEach(l -> set.put(l.name(), l.value()));
    assertThat(set)
        .containsEntry("LOKERBOT_SIMULATOR_ENABLED", "false")
        .containsEntry("LOKERBOT_CATALOG_SAMPLE_DATA", "false")
        .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "framework")
        .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true")
        .containsKeys(
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "SPRING_DATA_REDIS_URL",
            "SERVER_PORT",
            "LOKERBOT_PUBLIC_URL");
    assertThat(set.get("LOKERBOT_TELEGRAM_MODE")).isIn("webhook", "off");
  }

  @Test
  void relaxedBindingIsWhatSpringDoes() {
    // the check above relies on Spring's own mapping; make sure it tells names apart
    assertThat(settings.settingFor("LOKERBOT_TWILIO_AUTH_TOKEN"))
        .map(Settings.Setting::name)
        .hasValue("lokerbot.twilio.auth-token");
    assertThat(settings.settingFor("SPRING_DATASOURCE_URL"))
        .map(Settings.Setting::name)
        .hasValue("spring.datasource.url");
    assertThat(settings.settingFor("LOGGING_LEVEL_ID_LOKERBOT"))
        .map(Settings.Setting::name)
        .hasValue("logging.level");
    assertThat(settings.settingFor("LOKERBOT_TWILIO_AUTH_TOKN")).isEmpty();
    assertThat(settings.settingFor("LOKERBOT_TELEGRAM")).isEmpty();
  }

  private void isReal(String envName) {
    assertThat(settings.isReal(envName)).as("%s is not a setting", envName).isTrue();
  }

  static String defaultText(String metadataDefault) {
    return metadataDefault == null
        ? ""
        : metadataDefault.toLowerCase(Locale.ROOT).equals("true")
                || metadataDefault.toLowerCase(Locale.ROOT).equals("false")
            ? metadataDefault.toLowerCase(Locale.ROOT)
            : metadataDefault;
  }
}
