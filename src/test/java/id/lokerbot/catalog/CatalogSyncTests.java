package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The index catches up with rows written straight to the database (another node, a script). */
@CatalogSpringTest
class CatalogSyncTests {

  @Autowired Catalog catalog;
  @Autowired CatalogRecords records;
  @Autowired CatalogRepository repository;
  @Autowired CatalogSearch search;

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
  void aRebuildKeepsEveryOpenOffer() {
    long before = search.search(SearchRequest.of("jahit")).total();
    catalog.rebuild();
    assertThat(search.search(SearchRequest.of("jahit")).total()).isEqualTo(before).isPositive();
  }
}
