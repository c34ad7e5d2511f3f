package id.lokerbot.content;

import java.util.List;
import java.util.Map;

/**
 * One parsed YAML file of the content folder.
 *
 * @param file path relative to the content folder, with forward slashes ({@code flows/main.yaml})
 * @param root the parsed top-level mapping
 */
public record ContentDocument(String file, Map<String, Object> root) {

  /** The folder part of {@link #file()}: {@code flows} for {@code flows/main.yaml}. */
  public String folder() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** The file name without folder and {@code .yaml}. */
  public String name() {
    String base = file.substring(file.lastIndexOf('/') + 1);
    return base.endsWith(".yaml") ? base.substring(0, base.length() - 5) : base;
  }

  /** A top-level list, or an empty one when absent or not a list. */
  @SuppressWarnings("unchecked")
  public List<Object> list(String key) {
    return root.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** A top-level mapping, or an empty one when absent or not a mapping. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String key) {
    return root.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
