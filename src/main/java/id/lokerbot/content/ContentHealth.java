package id.lokerbot.content;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code content}: the version in force, how many files, and the
 * problems of the last refused reload (the old content keeps serving, so still UP).
 */
@Component("content")
class ContentHealth implements HealthIndicator {

  private final ContentService content;

  ContentHealth(ContentService content) {
    this.content = content;
  }

  @Override
  public Health health() {
    Content current;
    try {
      current = content.current();
    } catch (InvalidContentException e) {
      return Health.down().withDetail("problems", e.problems()).build();
    }
    return Health.up()
        .withDetail("version", current.version())
        .withDetail("files", current.documents().size())
        .withDetail("lastReloadProblems", content.lastReloadProblems())
        .build();
  }
}
