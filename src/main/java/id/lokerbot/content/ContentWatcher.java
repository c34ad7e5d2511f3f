package id.lokerbot.content;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Reloads content when a file under the folder changes. Polls a fingerprint of names, sizes and
 * times instead of a WatchService, which misses changes on some mounted and container folders.
 */
@Component
@ConditionalOnProperty(name = "lokerbot.content.watch", havingValue = "true", matchIfMissing = true)
class ContentWatcher implements DisposableBean {

  private final ContentService content;
  private final Path dir;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "content-watcher");
            t.setDaemon(true);
            return t;
          });
  private long lastFingerprint;

  ContentWatcher(ContentService content, ContentProperties properties) {
    this.content = content;
    this.dir = properties.dir();
    this.lastFingerprint = fingerprint();
    long every = properties.watchInterval().toMillis();
    timer.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  private void poll() {
    long now = fingerprint();
    if (now != lastFingerprint) {
      lastFingerprint = now;
      content.reload();
    }
  }

  private long fingerprint() {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return p.toString().hashCode() * 31L
                      + Files.size(p) * 17L
                      + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException | RuntimeException e) {
      return lastFingerprint;
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
