package id.lokerbot.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code catalogIndex}: how fresh this node's search index is.
 * The index's last commit records the newest record change it holds; a record changed since then
 * waits for the next sync. DOWN when such a change has waited longer than three sync intervals, and
 * at least a minute (the sync is stuck or failing), UP otherwise.
 */
@Component("catalogIndex")
class CatalogIndexHealth implements HealthIndicator {

  private static final Duration MIN_LIMIT = Duration.ofMinutes(1);

  private final Catalog catalog;
  private final Clock clock;
  private final Duration limit;

  CatalogIndexHealth(Catalog catalog, Clock clock, CatalogProperties properties) {
    this.catalog = catalog;
    this.clock = clock;
    // a short sync interval must not make a busy moment look like a stuck sync
    Duration threeSyncs = properties.syncInterval().multipliedBy(3);
    this.limit = threeSyncs.compareTo(MIN_LIMIT) > 0 ? threeSyncs : MIN_LIMIT;
  }

  @Override
  public Health health() {
    Catalog.Freshness f = catalog.freshness();
    Instant now = clock.instant();
    // the index keeps its watermark in milliseconds, the database in microseconds
    boolean behind =
        f.newestRecord() != null
            && f.newestRecord().truncatedTo(ChronoUnit.MILLIS).isAfter(f.indexedUpTo());
    long waitingSeconds = behind ? Duration.between(f.newestRecord(), now).toSeconds() : 0;
    Health.Builder health =
        behind && waitingSeconds > limit.toSeconds() ? Health.down() : Health.up();
    return health
        .withDetail("lastCommit", f.lastCommit() == null ? "none on this node" : f.lastCommit())
        .withDetail("lastCommitAgeSeconds", ageSeconds(f.lastCommit(), now))
        .withDetail("newestRecordChange", f.newestRecord() == null ? "none" : f.newestRecord())
        .withDetail("indexedUpTo", f.indexedUpTo())
        .withDetail("unindexedChangeWaitingSeconds", waitingSeconds)
        .build();
  }

  private static long ageSeconds(Instant at, Instant now) {
    return at == null ? -1 : Math.max(0, Duration.between(at, now).toSeconds());
  }
}
