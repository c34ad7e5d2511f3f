package id.lokerbot.alert;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CoveringQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Subscriptions as Lucene documents, for reverse search: which subscriptions does this new offer
 * satisfy? Each document has {@code regency} and {@code sector} terms ({@code _any} for
 * "anywhere"), its keyword terms in {@code kw} ({@code _none} when it has none) and in {@code nkw}
 * how many of them must match. One query per offer: {@code regency ∈ {R, _any}} AND {@code sector ∈
 * {S, _any}} AND {@code CoveringQuery(offer terms + _none, nkw)}: exact for "all keywords, in this
 * place and sector" (search.md section 8).
 *
 * <p>Derived data: rebuilt from the table, then kept up to date from its change numbers; the last
 * change number applied is kept in the index's commit data.
 */
final class SubscriptionIndex implements Closeable {

  static final String SEQ = "seq";
  static final String SCHEMA = "schema";
  static final String SCHEMA_VERSION = "alert-index-v4";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long appliedSeq;

  SubscriptionIndex(Directory directory) {
    try {
      this.directory = directory;
      IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(true);
      this.writer = new IndexWriter(directory, config);
      Map<String, String> data = committedData();
      if (SCHEMA_VERSION.equals(data.get(SCHEMA)) && data.containsKey(SEQ)) {
        appliedSeq = Long.parseLong(data.get(SEQ));
      } else {
        writer.deleteAll();
        appliedSeq = -1; // nothing applied: the owner rebuilds
      }
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Directory open(String dir) {
    try {
      if (dir == null || dir.isBlank() || dir.equals("memory")) {
        return new ByteBuffersDirectory();
      }
      Path path = Path.of(dir);
      Files.createDirectories(path);
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the alert index folder " + dir, e);
    }
  }

  /** The last change number applied, or -1 when the index needs a rebuild. */
  long appliedSeq() {
    return appliedSeq;
  }

  /** Starts over: empties the index (then add every active subscription and commit). */
  void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a subscription known to be new to the index (the rebuild). */
  void add(Subscription s) {
    try {
      writer.addDocument(document(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies a changed row: active ones are (re)indexed, paused or removed ones taken out. */
  void apply(Subscription s) {
    try {
      Term id = new Term("id", Long.toString(s.id()));
      if (s.active()) {
        writer.updateDocument(id, document(s));
      } else {
        writer.deleteDocuments(id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes changes visible to matching and durable, remembering the change number applied. */
  void commit(long seq) {
    try {
      appliedSeq = Math.max(appliedSeq, seq);
      writer.setLiveCommitData(
          Map.of(SEQ, Long.toString(appliedSeq), SCHEMA, SCHEMA_VERSION).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Merges the index into one segment (after a rebuild): matching touches one postings list. */
  void optimize() {
    try {
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes changes visible without the cost of a commit. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Subscriptions in the index. */
  int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids of the subscriptions an offer satisfies.
   *
   * @param regency the offer's regency code
   * @param sector the offer's KBLI section
   * @param terms the offer's distinct terms ({@link Terms#offer})
   */
  long[] match(String regency, String sector, Set<String> terms) {
    Query query = query(regency, sector, terms);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        IdCollector ids = new IdCollector();
        searcher.search(query, ids);
        return ids.ids();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One matching subscription with what queueing needs. */
  record Hit(
      long id,
      String person,
      String deliverTo,
      String language,
      Frequency frequency,
      int digestHour,
      int score) {}

  /** The subscriptions an offer satisfies, with their delivery details (read from doc values). */
  List<Hit> hits(String regency, String sector, Set<String> terms) {
    Query query = query(regency, sector, terms);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        HitCollector hits = new HitCollector();
        searcher.search(query, hits);
        return hits.hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Query query(String regency, String sector, Collection<String> terms) {
    List<Query> keywords = new ArrayList<>(terms.size() + 1);
    for (String t : terms) {
      keywords.add(new TermQuery(new Term("kw", t)));
    }
    keywords.add(new TermQuery(new Term("kw", Subscription.NONE)));
    // regency ∈ {R, _any} AND sector ∈ {S, _any}, as one filter over the pair: a smaller set to
    // lead the conjunction than either field alone, the same documents
    String r = regency == null ? "" : regency;
    String s = sector == null ? "" : sector;
    Query place =
        new TermInSetQuery(
            "rs",
            List.of(
                new BytesRef(pair(r, s)),
                new BytesRef(pair(r, Subscription.ANY)),
                new BytesRef(pair(Subscription.ANY, s)),
                new BytesRef(pair(Subscription.ANY, Subscription.ANY))));
    return new BooleanQuery.Builder()
        .add(place, BooleanClause.Occur.FILTER)
        .add(
            new CoveringQuery(keywords, LongValuesSource.fromLongField("nkw")),
            BooleanClause.Occur.FILTER)
        .build();
  }

  private static String pair(String regency, String sector) {
    return regency + "|" + sector;
  }

  private static Document document(Subscription s) {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(s.id()), Field.Store.NO));
    doc.add(new NumericDocValuesField("sid", s.id()));
    if (s.regencies().isEmpty()) {
      doc.add(new StringField("regency", Subscription.ANY, Field.Store.NO));
    }
    s.regencies().forEach(r -> doc.add(new StringField("regency", r, Field.Store.NO)));
    if (s.sectors().isEmpty()) {
      doc.add(new StringField("sector", Subscription.ANY, Field.Store.NO));
    }
    s.sectors().forEach(r -> doc.add(new StringField("sector", r, Field.Store.NO)));
    List<String> regencies = s.regencies().isEmpty() ? List.of(Subscription.ANY) : s.regencies();
    List<String> sectors = s.sectors().isEmpty() ? List.of(Subscription.ANY) : s.sectors();
    for (String r : regencies) {
      for (String sector : sectors) {
        doc.add(new StringField("rs", pair(r, sector), Field.Store.NO));
      }
    }
    List<String> keywords = s.keywords().stream().distinct().toList();
    if (keywords.isEmpty()) {
      doc.add(new StringField("kw", Subscription.NONE, Field.Store.NO));
    }
    keywords.forEach(k -> doc.add(new StringField("kw", k, Field.Store.NO)));
    doc.add(new NumericDocValuesField("nkw", Math.max(1, keywords.size())));
    // what queueing needs, so a match never reads the table back
    doc.add(new SortedDocValuesField("person", new BytesRef(s.person())));
    doc.add(new SortedDocValuesField("to", new BytesRef(s.deliverTo())));
    doc.add(new SortedDocValuesField("lang", new BytesRef(s.language())));
    doc.add(new NumericDocValuesField("freq", s.frequency().ordinal()));
    doc.add(new NumericDocValuesField("hour", s.digestHour()));
    doc.add(new NumericDocValuesField("score", keywords.size()));
    return doc;
  }

  private Map<String, String> committedData() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** Reads the subscription id of every hit, without scores. */
  private static final class IdCollector extends SimpleCollector {
    private long[] ids = new long[1024];
    private int size;
    private NumericDocValues sid;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      sid = context.reader().getNumericDocValues("sid");
    }

    @Override
    public void collect(int doc) throws IOException {
      if (sid != null && sid.advanceExact(doc)) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = sid.longValue();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    long[] ids() {
      return Arrays.copyOf(ids, size);
    }
  }

  private static final class HitCollector extends SimpleCollector {
    private static final Frequency[] FREQUENCIES = Frequency.values();
    private final List<Hit> hits = new ArrayList<>();
    private NumericDocValues sid;
    private NumericDocValues freq;
    private NumericDocValues hour;
    private NumericDocValues score;
    private SortedDocValues person;
    private SortedDocValues to;
    private SortedDocValues lang;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      var reader = context.reader();
      sid = reader.getNumericDocValues("sid");
      freq = reader.getNumericDocValues("freq");
      hour = reader.getNumericDocValues("hour");
      score = reader.getNumericDocValues("score");
      person = reader.getSortedDocValues("person");
      to = reader.getSortedDocValues("to");
      lang = reader.getSortedDocValues("lang");
    }

    @Override
    public void collect(int doc) throws IOException {
      if (sid.advanceExact(doc)
          && freq.advanceExact(doc)
          && hour.advanceExact(doc)
          && score.advanceExact(doc)
          && person.advanceExact(doc)
          && to.advanceExact(doc)
          && lang.advanceExact(doc)) {
        hits.add(
            new Hit(
                sid.longValue(),
                person.lookupOrd(person.ordValue()).utf8ToString(),
                to.lookupOrd(to.ordValue()).utf8ToString(),
                lang.lookupOrd(lang.ordValue()).utf8ToString(),
                FREQUENCIES[(int) freq.longValue()],
                (int) hour.longValue(),
                (int) score.longValue()));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
