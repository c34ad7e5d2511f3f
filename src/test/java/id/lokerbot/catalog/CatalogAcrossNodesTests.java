package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.LokerbotApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes sharing one database, each with its own index: an offer written on one is found on the
 * other within the sync interval (1 s by default), and a closed one disappears there too.
 */
class CatalogAcrossNodesTests {

  static final String database =
      "jdbc:h2:mem:catalog-nodes-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() {
    for (int i = 0; i < 2; i++) {
      nodes.add(
          new SpringApplicationBuilder(LokerbotApplication.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=" + database,
                  "--lokerbot.catalog.index-dir=memory",
                  "--logging.level.root=warn"));
    }
  }

  @AfterAll
  static void stopNodes() {
    nodes.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void anOfferWrittenOnOneNodeIsFoundOnTheOtherWithinTheSyncInterval() throws Exception {
    CatalogRecords writer = nodes.get(0).getBean(CatalogRecords.class);
    CatalogSearch other = nodes.get(1).getBean(CatalogSearch.class);
    assertThat(found(other)).isFalse();

    long start = System.nanoTime();
    CatalogRecords.Result saved =
        writer.upsert(
            Kind.VACANCY,
            Map.of(
                "id", "nodes-1",
                "partner", "PT Kebun Dieng",
                "title", "Pemetik Kapulaga",
                "description", "Memetik kapulaga di kebun kami di Wonosobo.",
                "sector", "A",
                "regency", "33.07",
                "employmentType", "daily"));
    assertThat(saved.rejected()).isFalse();
    assertThat(awaitFound(other, true)).as("seconds until the other node finds it").isLessThan(5);
    System.out.printf(
        "CatalogAcrossNodesTests: found on the other node after %.2f s%n",
        (System.nanoTime() - start) / 1e9);

    writer.close(Kind.VACANCY, "nodes-1");
    assertThat(awaitFound(other, false)).as("seconds until it is gone there").isLessThan(5);
  }

  /** Seconds until the other node's search agrees, giving up after 5 (the default sync is 1 s). */
  private static double awaitFound(CatalogSearch search, boolean expected) throws Exception {
    long start = System.nanoTime();
    while (found(search) != expected && System.nanoTime() - start < 5_000_000_000L) {
      Thread.sleep(50);
    }
    return found(search) == expected ? (System.nanoTime() - start) / 1e9 : Double.MAX_VALUE;
  }

  private static boolean found(CatalogSearch search) {
    return search.search(SearchRequest.of("kapulaga")).hits().stream()
        .anyMatch(h -> h.id().equals("nodes-1"));
  }
}
