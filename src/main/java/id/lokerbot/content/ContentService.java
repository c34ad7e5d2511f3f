package id.lokerbot.content;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Holds the content in force. Loading validates everything first; invalid content is never
 * half-loaded: at start-up the application refuses to start, on reload the old content stays.
 */
@Service
public class ContentService {

  private static final Logger log = LoggerFactory.getLogger(ContentService.class);

  private final ContentLoader loader;
  private final ObjectProvider<ContentCheck> checks;
  private final AtomicLong versions = new AtomicLong();
  private volatile Content current;
  private volatile List<String> lastReloadProblems = List.of();

  ContentService(ContentProperties properties, ObjectProvider<ContentCheck> checks) {
    this.loader = new ContentLoader(properties.dir(), properties.defaultLanguage());
    this.checks = checks;
  }

  /** The content in force; loads it on first use and throws if it is invalid. */
  public Content current() {
    Content content = current;
    if (content == null) {
      synchronized (this) {
        if (current == null) {
          current = validated();
          log.info("content loaded: {} files", current.documents().size());
        }
        content = current;
      }
    }
    return content;
  }

  /**
   * Loads and validates the content folder again. Returns the problems found; when there are any,
   * the content in force does not change.
   */
  public synchronized List<String> reload() {
    try {
      Content fresh = validated();
      current = fresh;
      lastReloadProblems = List.of();
      log.info("content reloaded: {} files, version {}", fresh.documents().size(), fresh.version());
      return List.of();
    } catch (InvalidContentException e) {
      log.warn(
          "content reload refused, old content keeps serving:\n  {}",
          String.join("\n  ", e.problems()));
      lastReloadProblems = List.copyOf(e.problems());
      return e.problems();
    }
  }

  /**
   * The problems of the last refused reload; empty when the last reload succeeded (or none ran).
   */
  public List<String> lastReloadProblems() {
    return lastReloadProblems;
  }

  /**
   * Reads a content folder without Spring and applies the given checks: for tools and tests.
   *
   * @throws InvalidContentException listing every problem
   */
  public static Content read(
      java.nio.file.Path dir, String defaultLanguage, List<ContentCheck> checks) {
    Problems problems = new Problems();
    Content content = new ContentLoader(dir, defaultLanguage).load(1, problems);
    if (problems.isEmpty()) {
      checks.forEach(check -> check.check(content, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems.list());
    }
    return content;
  }

  private Content validated() {
    Problems problems = new Problems();
    Content content = loader.load(versions.incrementAndGet(), problems);
    if (problems.isEmpty()) {
      checks.orderedStream().forEach(check -> check.check(content, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems.list());
    }
    return content;
  }
}
