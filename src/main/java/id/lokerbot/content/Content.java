package id.lokerbot.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent snapshot of the content folder. A reload makes a new snapshot with a higher {@code
 * version}; modules that derive things from content may cache them by version.
 *
 * @param version increases with every accepted load
 * @param documents every YAML file, by relative path
 * @param messages the user-visible strings of every language
 */
public record Content(long version, Map<String, ContentDocument> documents, Messages messages) {

  /** Every document in a folder ({@code flows}, {@code taxonomy}, …), in file-name order. */
  public List<ContentDocument> folder(String folder) {
    return documents.values().stream()
        .filter(d -> d.folder().equals(folder))
        .sorted((a, b) -> a.file().compareTo(b.file()))
        .toList();
  }

  public Optional<ContentDocument> document(String file) {
    return Optional.ofNullable(documents.get(file));
  }
}
