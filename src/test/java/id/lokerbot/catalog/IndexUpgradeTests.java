package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an earlier version, whose text fields kept positions, is rebuilt in place
 * when the analysis changes: Lucene refuses to mix index options within a field, so the rebuild
 * must start from an empty schema.
 */
class IndexUpgradeTests {

  @TempDir Path dir;

  @Test
  void anIndexWithPositionsIsRebuiltWithoutThem() throws Exception {
    try (IndexWriter old =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new TextField(Documents.TEXT, "kasir toko", Field.Store.NO));
      d.add(new TextField(Documents.TITLE, "Kasir", Field.Store.YES));
      old.addDocument(d);
      old.commit();
    }
    assertThat(dir).isNotEmptyDirectory();
    try (CatalogBenchSupport catalog = new CatalogBenchSupport(FSDirectory.open(dir))) {
      assertThat(catalog.indexSynthetic(1_000, 1, 1, 33, 54)).isPositive();
      long found =
          catalog.regencies().stream().mapToLong(r -> catalog.search("crew store", r)).sum();
      assertThat(found).as("crew store and pramuniaga offers among 1,000").isGreaterThan(20);
    }
  }
}
