package id.lokerbot.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every setting that exists: lokerbot's own, from the configuration metadata the build generates
 * from the {@code @ConfigurationProperties} records (plus {@code
 * additional-spring-configuration-metadata.json}), and Spring Boot's, from the metadata in its
 * jars. An environment variable is matched to a setting the way Spring itself does it (relaxed
 * binding of the system environment), not by a home-made rule.
 */
final class Settings {

  static final Path OWN_METADATA =
      Path.of("target/classes/META-INF/spring-configuration-metadata.json");

  /** Environment names that configure the JVM or a container image, not the application. */
  static final List<String> NOT_SETTINGS = List.of("JAVA_TOOL_OPTIONS");

  record Setting(String name, String type, String defaultValue, String description) {

    boolean isMap() {
      return type != null && type.startsWith("java.util.Map");
    }

    String envName() {
      return name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
  }

  private final Map<String, Setting> own;
  private final Map<String, Setting> all;

  private Settings(Map<String, Setting> own, Map<String, Setting> all) {
    this.own = own;
    this.all = all;
  }

  static Settings load() throws IOException {
    if (!Files.isRegularFile(OWN_METADATA)) {
      throw new IllegalStateException(
          OWN_METADATA
              + " is missing: it is written by spring-boot-configuration-processor at compile time");
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Setting> own = new TreeMap<>();
    read(json.readTree(Files.readString(OWN_METADATA)), own);
    own.keySet().removeIf(name -> !name.startsWith("lokerbot."));
    Map<String, Setting> all = new LinkedHashMap<>(own);
    Enumeration<URL> jars =
        Settings.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
    for (URL url : Collections.list(jars)) {
      try (InputStream in = url.openStream()) {
        read(json.readTree(in), all);
      }
    }
    return new Settings(own, all);
  }

  private static void read(JsonNode metadata, Map<String, Setting> into) {
    for (JsonNode p : metadata.path("properties")) {
      JsonNode value = p.get("defaultValue");
      String defaultValue =
          value == null || value.isNull()
              ? null
              : value.isString() ? value.asString() : value.toString();
      into.putIfAbsent(
          p.get("name").asString(),
          new Setting(
              p.get("name").asString(),
              p.path("type").asString(null),
              defaultValue,
              p.path("description").asString("")));
    }
  }

  /** lokerbot's own settings by name. */
  Map<String, Setting> own() {
    return own;
  }

  /** The setting an environment variable sets, as Spring would bind it, if any. */
  Optional<Setting> settingFor(String envName) {
    ConfigurationPropertySource env =
        ConfigurationPropertySource.from(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(envName, "x")));
    List<Setting> maps = new ArrayList<>();
    for (Setting setting : all.values()) {
      if (!ConfigurationPropertyName.isValid(setting.name())) {
        continue;
      }
      ConfigurationPropertyName name = ConfigurationPropertyName.of(setting.name());
      if (env.getConfigurationProperty(name) != null) {
        return Optional.of(setting);
      }
      if (setting.isMap() && env.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
        maps.add(setting);
      }
    }
    return maps.stream().findFirst();
  }

  /** Whether the environment variable sets a real setting (or configures the JVM). */
  boolean isReal(String envName) {
    return NOT_SETTINGS.contains(envName) || settingFor(envName).isPresent();
  }
}
