package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The index catches up with rows written straight to the database (another node, a script). */
@CatalogSpringTest
class CatalogSyncTests {

  @Autowired Catalog catalog;
  @Autowired CatalogRecords records;
  @Autowired CatalogRepository repository;
  @Autowired CatalogSearch search;
  @Autowired CatalogIndexHealth health;
  @Autowired MutableClock clock;

  @Test
  void rowsWrittenElsewhereAreIndexedByTheNextSync() {
    assertThat(catalog.catchUp()).isEqualTo("current");
    Vacancy v =
        records
            .parser()
            .vacancy(
                Map.of(
                    "id",
                    "elsewhere-1",
                    "partner",
                    "PT Lain",
                    "title",
                    "Pemetik Kapulaga Dieng",
                    "description",
                    "Memetik kapulaga di kebun kami di Wonosobo.",
                    "sector",
                    "A",
                    "regency",
                    "33.07",
                    "employmentType",
                    "daily"))
            .record();
    // holding the catalogue's lock keeps the scheduled sync out until we have looked
    synchronized (catalog) {
      repository.save(v, false); // behind the index's back
      assertThat(search.search(SearchRequest.of("kapulaga")).hits()).isEmpty();
      assertThat(catalog.catchUp()).startsWith("updated");
    }
    assertThat(search.search(SearchRequest.of("kapulaga")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("elsewhere-1");
    assertThat(catalog.catchUp()).isEqualTo("current");
  }

  @Test
  void theIndexHealthIsDownWhenAChangeWaitsLongerThanThreeSyncs() {
    assertThat(catalog.catchUp()).isEqualTo("current");
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    clock.advance(Duration.ofSeconds(1));
    Vacancy v =
        records
            .parser()
            .vacancy(
                Map.of(
                    "id", "elsewhere-2",
                    "partner", "PT Lain",
                    "title", "Penjaga Kebun Teh",
                    "description", "Menjaga kebun teh di Batang.",
                    "sector", "A",
                    "regency", "33.25",
                    "employmentType", "daily"))
            .record();
    // holding the catalogue's lock keeps the scheduled sync (every 1 s) out while we look
    synchronized (catalog) {
      repository.save(v, false); // behind the index's back
      // a sync has not had its turn yet: still UP, the change counted as waiting
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      clock.advance(Duration.ofSeconds(91)); // more than three sync intervals
      Health stale = health.health();
      assertThat(stale.getStatus()).isEqualTo(Status.DOWN);
      assertThat(stale.getDetails()).containsEntry("unindexedChangeWaitingSeconds", 91L);
    }
    catalog.catchUp();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("unindexedChangeWaitingSeconds", 0L);
  }

  @Test
  void aRebuildKeepsEveryOpenOffer() {
    long before = search.search(SearchRequest.of("jahit")).total();
    catalog.rebuild();
    assertThat(search.search(SearchRequest.of("jahit")).total()).isEqualTo(before).isPositive();
  }
}
