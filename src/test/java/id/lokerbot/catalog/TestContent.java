package id.lokerbot.catalog;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The real content folder read without Spring, for fast tests of the catalogue's parts. */
final class TestContent {

  private static Content cached;

  private TestContent() {}

  static synchronized Content load() {
    if (cached == null) {
      cached = load(Path.of("content"), Map.of());
    }
    return cached;
  }

  /** The content folder with some documents replaced (file → new root mapping). */
  @SuppressWarnings("unchecked")
  static Content load(Path root, Map<String, Map<String, Object>> replaced) {
    Map<String, ContentDocument> docs = new TreeMap<>();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        String file = root.relativize(p).toString().replace('\\', '/');
        try (Reader r = Files.newBufferedReader(p)) {
          Map<String, Object> map =
              new LinkedHashMap<>(
                  (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(r));
          docs.put(file, new ContentDocument(file, map));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    replaced.forEach((file, root2) -> docs.put(file, new ContentDocument(file, root2)));
    return new Content(1, docs, new Messages(Map.of("id", Map.of()), "id"));
  }

  static Map<String, Object> root(String file) {
    return new LinkedHashMap<>(load().document(file).orElseThrow().root());
  }

  static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}
