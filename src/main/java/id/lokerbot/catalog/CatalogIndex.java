package id.lokerbot.catalog;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index: one writer, a near-real-time {@link SearcherManager} refreshed right after
 * every write (so a change is searchable as soon as the write returns), and a commit per write
 * batch carrying the database state it reflects in the commit user data.
 */
final class CatalogIndex implements Closeable {

  /**
   * A searcher with the facet state of its reader (null when the index has no offers yet) and the
   * spelling suggestions made on it: typos repeat ("pramuniga"), and building the Levenshtein
   * automata for one is most of a search's cost. A new reader (any write) starts afresh.
   */
  static final class Searcher extends IndexSearcher {
    /** Enough for the typos of a busy day; random strings beyond it are simply not remembered. */
    private static final int MAX_REMEMBERED_SUGGESTIONS = 10_000;

    final SortedSetDocValuesReaderState facets;
    private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();

    Optional<String> suggestion(String word, Function<String, Optional<String>> suggest) {
      Optional<String> known = suggestions.get(word);
      if (known != null) {
        return known;
      }
      Optional<String> made = suggest.apply(word);
      if (suggestions.size() < MAX_REMEMBERED_SUGGESTIONS) {
        suggestions.put(word, made);
      }
      return made;
    }

    Searcher(IndexReader reader) throws IOException {
      super(reader);
      SortedSetDocValuesReaderState state = null;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS_CONFIG);
      } catch (IllegalArgumentException noFacetsYet) {
        // an empty index has no facet field
      }
      this.facets = state;
    }
  }

  /** One write: a document to add or replace, or a key to delete (document null). */
  record Change(String key, Document document) {}

  /** Hands each field the analyzer of the analysis in force; changing it re-indexes. */
  private static final class Analyzers extends DelegatingAnalyzerWrapper {
    private volatile Analysis analysis;

    Analyzers(Analysis analysis) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.analysis = analysis;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
      return field.equals(Documents.SPELL) ? analysis.spell : analysis.index;
    }
  }

  private final Directory directory;
  private final Analyzers analyzers;
  private final IndexWriter writer;
  private final SearcherManager manager;

  CatalogIndex(Directory directory, Analysis analysis, double ramBufferMb) {
    this.directory = directory;
    this.analyzers = new Analyzers(analysis);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzers);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMb);
      config.setCommitOnClose(false);
      // the index is small and rebuilt rarely: compound files only cost a copy of every segment
      config.setUseCompoundFile(false);
      config.getMergePolicy().setNoCFSRatio(0.0);
      this.writer = new IndexWriter(directory, config);
      this.manager =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                    throws IOException {
                  return new Searcher(reader);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the catalogue index", e);
    }
  }

  Analysis analysis() {
    return analyzers.analysis;
  }

  /** What the last commit recorded (empty for a new index). */
  Map<String, String> committed() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Map.of();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return new HashMap<>(reader.getIndexCommit().getUserData());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything (the same writer, so searches keep the old view until the refresh). */
  <T> void replaceAll(
      Analysis analysis,
      List<T> records,
      java.util.function.Function<T, Document> toDocument,
      Map<String, String> commitData) {
    replaceAll(analysis, records, toDocument, commitData, THREADS);
  }

  /** Threads that build and add documents during a rebuild: the cores we have, at most 4. */
  static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /**
   * Replaces everything, building and adding documents on several threads (IndexWriter takes
   * documents from many threads). The same writer, so searches keep the old view until the refresh
   * at the end.
   */
  synchronized <T> void replaceAll(
      Analysis analysis,
      List<T> records,
      java.util.function.Function<T, Document> toDocument,
      Map<String, String> commitData,
      int threads) {
    analyzers.analysis = analysis;
    double normalBuffer = writer.getConfig().getRAMBufferSizeMB();
    writer.getConfig().setRAMBufferSizeMB(rebuildBufferMb(normalBuffer));
    try {
      writer.deleteAll();
      java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.Callable<Void> work =
          () -> {
            for (int i = next.getAndIncrement(); i < records.size(); i = next.getAndIncrement()) {
              writer.addDocument(toDocument.apply(records.get(i)));
            }
            return null;
          };
      List<java.util.concurrent.FutureTask<Void>> helpers = new java.util.ArrayList<>();
      for (int t = 1; t < threads; t++) {
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(work);
        Thread thread = new Thread(task, "catalog-index-" + t);
        thread.setDaemon(true);
        thread.start();
        helpers.add(task);
      }
      work.call();
      for (java.util.concurrent.FutureTask<Void> helper : helpers) {
        helper.get();
      }
      commitAndRefresh(commitData);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (Exception e) {
      throw new IllegalStateException("indexing failed", e);
    } finally {
      writer.getConfig().setRAMBufferSizeMB(normalBuffer);
    }
  }

  /**
   * A rebuild buffers more: each flush writes a segment that must later be merged, and a big
   * catalogue rebuilt through the everyday buffer spends a fifth of its time on that. 256 MB, or a
   * quarter of the heap when that is less; a small catalogue never fills it.
   */
  static double rebuildBufferMb(double normal) {
    double quarterOfHeap = Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20);
    return Math.max(normal, Math.min(256, quarterOfHeap));
  }

  synchronized void apply(List<Change> changes, Map<String, String> commitData) {
    try {
      for (Change c : changes) {
        Term key = new Term(Documents.KEY, c.key());
        if (c.document() == null) {
          writer.deleteDocuments(key);
        } else {
          writer.updateDocument(key, c.document());
        }
      }
      commitAndRefresh(commitData);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commitAndRefresh(Map<String, String> commitData) throws IOException {
    writer.setLiveCommitData(commitData.entrySet());
    writer.commit();
    manager.maybeRefreshBlocking();
  }

  /** Runs a search on the freshest searcher and releases it. */
  <T> T search(SearchFunction<T> search) {
    try {
      Searcher searcher = (Searcher) manager.acquire();
      try {
        return search.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface SearchFunction<T> {
    T apply(Searcher searcher) throws IOException;
  }

  @Override
  public synchronized void close() throws IOException {
    manager.close();
    writer.close();
    directory.close();
  }
}
