package id.lokerbot.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads every {@code *.yaml} under the content folder, checks the common rules (parses, is a
 * mapping, carries {@code spec: 1}) and builds the messages. Meaning is checked by {@link
 * ContentCheck}s.
 */
final class ContentLoader {

  static final int SPEC = 1;

  private final Path root;
  private final String defaultLanguage;

  ContentLoader(Path root, String defaultLanguage) {
    this.root = root;
    this.defaultLanguage = defaultLanguage;
  }

  Content load(long version, Problems problems) {
    Map<String, ContentDocument> documents = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      problems.add(root.toString(), "", "content folder not found");
      return new Content(version, documents, new Messages(Map.of(), defaultLanguage));
    }
    for (Path path : yamlFiles()) {
      String file = root.relativize(path).toString().replace('\\', '/');
      Map<String, Object> parsed = parse(path, file, problems);
      if (parsed == null) {
        continue;
      }
      if (!Integer.valueOf(SPEC).equals(parsed.get("spec"))) {
        problems.add(file, "spec", "must be " + SPEC + " (found " + parsed.get("spec") + ")");
      }
      documents.put(file, new ContentDocument(file, parsed));
    }
    return new Content(version, documents, messages(documents, problems));
  }

  private List<Path> yamlFiles() {
    try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + root, e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> parse(Path path, String file, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(64 * 1024 * 1024);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Object parsed = new Yaml(new SafeConstructor(options)).load(reader);
      if (parsed instanceof Map<?, ?> map) {
        return new LinkedHashMap<>((Map<String, Object>) map);
      }
      problems.add(file, "", "must be a YAML mapping with spec: " + SPEC);
    } catch (MarkedYAMLException e) {
      problems.add(
          file,
          "line " + (e.getProblemMark().getLine() + 1),
          e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
    } catch (YAMLException | IOException e) {
      problems.add(file, "", "cannot be read: " + e.getMessage());
    }
    return null;
  }

  /**
   * Builds the messages from {@code messages/<language>.yaml}, each with a flat {@code messages}
   * mapping, and reports keys that one language has and another lacks.
   */
  private Messages messages(Map<String, ContentDocument> documents, Problems problems) {
    Map<String, Map<String, String>> byLanguage = new HashMap<>();
    for (ContentDocument doc : documents.values()) {
      if (!doc.folder().equals("messages")) {
        continue;
      }
      Map<String, String> texts = new HashMap<>();
      doc.map("messages")
          .forEach(
              (key, value) -> {
                if (value instanceof String s && !s.isBlank()) {
                  texts.put(key, s.strip());
                } else {
                  problems.add(doc.file(), "messages." + key, "must be a non-empty text");
                }
              });
      byLanguage.put(doc.name(), texts);
    }
    if (!byLanguage.containsKey(defaultLanguage)) {
      problems.add("messages/" + defaultLanguage + ".yaml", "", "default language file missing");
    }
    byLanguage.forEach(
        (language, texts) ->
            byLanguage.forEach(
                (other, otherTexts) -> {
                  for (String key : new TreeMap<>(otherTexts).keySet()) {
                    if (!texts.containsKey(key)) {
                      problems.add(
                          "messages/" + language + ".yaml",
                          "messages." + key,
                          "missing (present in " + other + ".yaml)");
                    }
                  }
                }));
    return new Messages(byLanguage, defaultLanguage);
  }
}
