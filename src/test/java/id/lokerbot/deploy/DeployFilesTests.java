package id.lokerbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here and no cluster is at hand, so the container and cluster files are checked
 * as text and YAML: syntax, the parts an operator relies on, and that every setting they name is a
 * real setting.
 */
class DeployFilesTests {

  static final Path DEPLOY = Path.of("deploy");
  static Settings settings;

  @BeforeAll
  static void load() throws IOException {
    settings = Settings.load();
  }

  // ---------- Dockerfile ----------

  @Test
  void dockerfileBuildsALayeredImageThatRunsAsNonRootWithAHealthCheck() throws IOException {
    List<String> instructions = dockerInstructions(DEPLOY.resolve("Dockerfile"));
    List<String> from = startingWith(instructions, "FROM");
    assertThat(from).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
    assertThat(from.get(0)).contains("maven").contains("AS build");
    assertThat(from.get(from.size() - 1)).contains("17-jre");
    assertThat(startingWith(instructions, "RUN"))
        .anySatisfy(
            run ->
                assertThat(run)
                    .contains("-Djarmode=tools")
                    .contains("extract --layers --launcher"));
    List<String> copies = startingWith(instructions, "COPY");
    for (String layer :
        List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
      assertThat(copies).anySatisfy(c -> assertThat(c).contains("/" + layer + "/"));
    }
    // the last USER wins: a number other than 0, or a name other than root
    List<String> users = startingWith(instructions, "USER");
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1).substring(4).strip().split(":")[0];
    assertThat(user).isNotIn("0", "root");
    String healthcheck = startingWith(instructions, "HEALTHCHECK").get(0);
    assertThat(healthcheck).contains("/actuator/health/liveness").doesNotContain("curl", "wget");
    assertThat(startingWith(instructions, "ENTRYPOINT").get(0))
        .contains("org.springframework.boot.loader.launch.JarLauncher");
    for (String env : startingWith(instructions, "ENV")) {
      Matcher m = Pattern.compile("([A-Z][A-Z0-9_]*)=").matcher(env);
      while (m.find()) {
        assertThat(settings.isReal(m.group(1))).as("Dockerfile ENV %s", m.group(1)).isTrue();
      }
    }
    assertThat(String.join("\n", startingWith(instructions, "ENV")))
        .contains("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true");
  }

  @Test
  void dockerHealthCheckCommandIsValidBash() throws Exception {
    String healthcheck =
        startingWith(dockerInstructions(DEPLOY.resolve("Dockerfile")), "HEALTHCHECK").get(0);
    Matcher script = Pattern.compile("\"-c\", \"(.*)\"\\]").matcher(healthcheck);
    assertThat(script.find()).isTrue();
    String command = script.group(1).replace("\\\\", "\\").replace("\\\"", "\"");
    assertThat(bash("-n", "-c", command)).as("bash -n of the health check").isZero();
  }

  // ---------- compose.yaml ----------

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTheAppWithRedisAofAndPostgres() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsKeys("app", "redis", "postgres");

    Map<String, Object> app = (Map<String, Object>) services.get("app");
    Map<String, Object> build = (Map<String, Object>) app.get("build");
    assertThat(
            DEPLOY.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")))
        .isRegularFile();
    Map<String, Object> env = (Map<String, Object>) app.get("environment");
    assertThat(env.keySet())
        .allSatisfy(name -> assertThat(settings.isReal(name)).as(name).isTrue());
    assertThat(env)
        .containsEntry("LOKERBOT_SIMULATOR_ENABLED", "false")
        .containsEntry("LOKERBOT_STORE", "redis")
        .containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATA_REDIS_URL", "LOKERBOT_PUBLIC_URL");
    assertThat((String) env.get("SPRING_DATASOURCE_URL")).contains("//postgres:");
    assertThat((String) env.get("SPRING_DATA_REDIS_URL")).contains("//redis:");
    assertThat(((Map<String, Object>) app.get("depends_on")).keySet())
        .contains("redis", "postgres");

    Map<String, Object> redis = (Map<String, Object>) services.get("redis");
    assertThat(String.join(" ", (List<String>) redis.get("command"))).contains("--appendonly yes");
    assertThat((List<String>) redis.get("volumes"))
        .anySatisfy(v -> assertThat(v).endsWith(":/data"));

    Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
    assertThat((List<String>) postgres.get("volumes"))
        .anySatisfy(v -> assertThat(v).endsWith(":/var/lib/postgresql/data"));

    // every named volume a service uses is declared
    Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
    for (Object service : services.values()) {
      for (String v :
          (List<String>) ((Map<String, Object>) service).getOrDefault("volumes", List.of())) {
        assertThat(volumes).containsKey(v.substring(0, v.indexOf(':')));
      }
    }
  }

  @Test
  void composeExampleValuesAreRealSettings() throws IOException {
    EnvFile example = EnvFile.read(DEPLOY.resolve("compose.env.example"));
    assertThat(example.names())
        .isNotEmpty()
        .allSatisfy(
            n -> assertThat(n.equals("POSTGRES_PASSWORD") || settings.isReal(n)).as(n).isTrue());
    assertThat(
            example.lines().stream()
                .filter(l -> l.name().matches(".*(TOKEN|PASSWORD|SECRET|KEY)$")))
        .allSatisfy(l -> assertThat(l.value()).as(l.name()).isEmpty());
  }

  // ---------- Kubernetes ----------

  @Test
  void everyManifestParsesAndNamesItsKind() throws IOException {
    List<Map<String, Object>> docs = manifests();
    assertThat(docs)
        .allSatisfy(
            doc -> {
              assertThat(doc).containsKeys("apiVersion", "kind");
              if (!"Kustomization".equals(doc.get("kind"))) {
                assertThat(map(doc, "metadata")).containsKey("name");
              }
            });
    assertThat(docs.stream().map(d -> d.get("kind")))
        .contains(
            "Deployment", "Service", "PodDisruptionBudget", "ConfigMap", "Secret", "Kustomization");
  }

  @Test
  void deploymentRunsTwoProbedNonRootReplicasWithARebuildableIndexVolume() throws IOException {
    Map<String, Object> deployment = only("Deployment");
    Map<String, Object> spec = map(deployment, "spec");
    assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
    Map<String, Object> pod = map(map(spec, "template"), "spec");
    assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
    Map<String, Object> container = list(pod, "containers").get(0);
    assertThat(map(map(container, "livenessProbe"), "httpGet"))
        .containsEntry("path", "/actuator/health/liveness");
    assertThat(map(map(container, "readinessProbe"), "httpGet"))
        .containsEntry("path", "/actuator/health/readiness");
    // the index lives in an emptyDir mounted where the app keeps ./data
    Map<String, Object> data =
        list(pod, "volumes").stream()
            .filter(v -> v.containsKey("emptyDir"))
            .findFirst()
            .orElseThrow();
    assertThat(list(container, "volumeMounts"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .containsEntry("name", data.get("name"))
                    .containsEntry("mountPath", "/app/data"));
    // labels agree across Deployment, Service and PodDisruptionBudget
    Map<String, Object> labels = map(map(map(spec, "template"), "metadata"), "labels");
    assertThat(labels).containsAllEntriesOf(map(map(spec, "selector"), "matchLabels"));
    assertThat(labels).containsAllEntriesOf(map(map(only("Service"), "spec"), "selector"));
    assertThat(labels)
        .containsAllEntriesOf(
            map(map(map(only("PodDisruptionBudget"), "spec"), "selector"), "matchLabels"));
  }

  @Test
  void everyEnvironmentNameInTheClusterIsARealSetting() throws IOException {
    Map<String, Object> container =
        list(map(map(map(only("Deployment"), "spec"), "template"), "spec"), "containers").get(0);
    List<String> names = new ArrayList<>();
    list(container, "env").forEach(e -> names.add((String) e.get("name")));
    for (Map<String, Object> from : list(container, "envFrom")) {
      if (from.containsKey("configMapRef")) {
        String name = (String) map(from, "configMapRef").get("name");
        names.addAll(map(named("ConfigMap", name), "data").keySet());
      }
      if (from.containsKey("secretRef")) {
        String name = (String) map(from, "secretRef").get("name");
        names.addAll(map(named("Secret", name), "stringData").keySet());
      }
    }
    assertThat(names).contains("LOKERBOT_TELEGRAM_TOKEN", "SPRING_DATASOURCE_URL");
    assertThat(names).allSatisfy(n -> assertThat(settings.isReal(n)).as(n).isTrue());
  }

  @Test
  void clusterUsesRedisWebhooksOnlyAndNoSimulator() throws IOException {
    Map<String, Object> config = map(only("ConfigMap"), "data");
    assertThat(config)
        .containsEntry("LOKERBOT_STORE", "redis")
        .containsEntry("LOKERBOT_SIMULATOR_ENABLED", "false")
        .containsEntry("LOKERBOT_CATALOG_SAMPLE_DATA", "false")
        .containsEntry("LOKERBOT_CATALOG_INDEX_DIR", "/app/data/index")
        .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
    // long polling with replicas > 1 would have the replicas take each other's updates
    assertThat(config.get("LOKERBOT_TELEGRAM_MODE")).isIn("webhook", "off");
    // no secret values in git
    assertThat(map(only("Secret"), "stringData").entrySet())
        .filteredOn(e -> !e.getKey().endsWith("USERNAME"))
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(""));
  }

  @Test
  void kustomizationListsExistingFilesButNotTheSecret() throws IOException {
    List<String> resources = (List<String>) only("Kustomization").get("resources");
    assertThat(resources)
        .allSatisfy(r -> assertThat(DEPLOY.resolve("k8s").resolve(r)).isRegularFile());
    assertThat(resources)
        .doesNotContain("secret.example.yaml")
        .contains("deployment.yaml", "pdb.yaml");
  }

  // ---------- single host ----------

  @Test
  void systemdUnitRunsHardenedAsItsOwnUserWithTheEnvFile() throws IOException {
    Map<String, Map<String, List<String>>> unit = ini(DEPLOY.resolve("systemd/lokerbot.service"));
    Map<String, List<String>> service = unit.get("Service");
    assertThat(service.get("User")).containsExactly("lokerbot");
    assertThat(service.get("EnvironmentFile")).containsExactly("/etc/lokerbot/lokerbot.env");
    assertThat(service.get("Restart").get(0)).isIn("on-failure", "always");
    assertThat(service.get("ExecStart").get(0)).contains("-jar");
    assertThat(service.get("NoNewPrivileges")).containsExactly("true");
    assertThat(service.get("ProtectSystem")).containsExactly("strict");
    assertThat(service).containsKeys("PrivateTmp", "CapabilityBoundingSet", "StateDirectory");
    // the JIT needs writable executable memory
    assertThat(service).doesNotContainKey("MemoryDenyWriteExecute");
    assertThat(unit.get("Install").get("WantedBy")).containsExactly("multi-user.target");
  }

  @Test
  void nginxTerminatesTlsForwardsTheOriginalHostAndLimitsBodies() throws IOException {
    String conf = Files.readString(DEPLOY.resolve("nginx/lokerbot.conf"));
    assertThat(conf)
        .contains("client_max_body_size 64k;")
        .contains("proxy_set_header X-Forwarded-Proto $scheme;")
        .contains("proxy_set_header X-Forwarded-Host  $host;")
        .contains("ssl_certificate ")
        .contains("lokerbot.public-url")
        .contains("server.forward-headers-strategy=framework");
    String code = conf.replaceAll("(?m)#.*$", "");
    assertThat(code.chars().filter(c -> c == '{').count())
        .isEqualTo(code.chars().filter(c -> c == '}').count());
  }

  @Test
  void redisKeepsAnAppendOnlyFile() throws IOException {
    assertThat(Files.readAllLines(DEPLOY.resolve("redis/redis.conf")))
        .contains("appendonly yes", "appendfsync everysec");
  }

  @Test
  void localClusterScriptIsValidBash() throws Exception {
    assertThat(bash("-n", DEPLOY.resolve("local-cluster.sh").toString())).isZero();
  }

  // ---------- helpers ----------

  /** Dockerfile instructions with continuation lines joined and comments dropped. */
  static List<String> dockerInstructions(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        out.add(current.append(line).toString().strip());
        current.setLength(0);
      }
    }
    return out;
  }

  static List<String> startingWith(List<String> instructions, String keyword) {
    return instructions.stream().filter(i -> i.startsWith(keyword + " ")).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> manifests() throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Object doc : new Yaml().loadAll(Files.readString(file))) {
          if (doc != null) {
            docs.add((Map<String, Object>) doc);
          }
        }
      }
    }
    return docs;
  }

  static Map<String, Object> only(String kind) throws IOException {
    List<Map<String, Object>> found =
        manifests().stream().filter(d -> kind.equals(d.get("kind"))).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  static Map<String, Object> named(String kind, String name) throws IOException {
    return manifests().stream()
        .filter(d -> kind.equals(d.get("kind")) && name.equals(map(d, "metadata").get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }

  /** A systemd unit: section → key → values (a key may repeat). */
  static Map<String, Map<String, List<String>>> ini(Path file) throws IOException {
    Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    Map<String, List<String>> current = null;
    for (String line : Files.readAllLines(file)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) {
        continue;
      }
      if (l.startsWith("[")) {
        current =
            sections.computeIfAbsent(l.substring(1, l.indexOf(']')), k -> new LinkedHashMap<>());
      } else {
        int eq = l.indexOf('=');
        assertThat(eq).as("not key=value: %s", l).isPositive();
        assertThat(current).as("key outside a section: %s", l).isNotNull();
        current
            .computeIfAbsent(l.substring(0, eq), k -> new ArrayList<>())
            .add(l.substring(eq + 1));
      }
    }
    return sections;
  }

  static int bash(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println(output);
    }
    return p.exitValue();
  }
}
