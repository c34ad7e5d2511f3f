package id.lokerbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * "Reached" means given job information: the default job-information nodes must be exactly the
 * nodes of the shipped flows that run the catalog-search action, so a new search node in content is
 * not silently left out of the programme's main number.
 */
class JobInformationNodesTests {

  @Test
  void theDefaultNodesAreTheCatalogSearchNodesOfTheFlows() throws IOException {
    TreeSet<String> searchNodes = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("content/flows"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        try (Reader reader = Files.newBufferedReader(file)) {
          Map<String, Object> flow = new Yaml().load(reader);
          for (Object n : (List<?>) flow.getOrDefault("nodes", List.of())) {
            Map<?, ?> node = (Map<?, ?>) n;
            if ("catalog-search".equals(node.get("action"))) {
              searchNodes.add(flow.get("flow") + ":" + node.get("id"));
            }
          }
        }
      }
    }
    ReportProperties defaults =
        Binder.get(new MockEnvironment()).bindOrCreate("lokerbot.report", ReportProperties.class);
    assertThat(searchNodes).isNotEmpty();
    assertThat(new TreeSet<>(defaults.jobInformationNodes())).isEqualTo(searchNodes);
  }
}
