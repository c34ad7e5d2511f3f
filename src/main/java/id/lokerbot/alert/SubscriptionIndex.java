package id.lokerbot.alert;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Subscriptions as Lucene documents, for reverse search: which subscriptions does this new offer
 * satisfy? Each document is filed under keys {@code regency|sector|keyword} ({@code _any} for
 * anywhere or any sector, {@code _none} for no keyword) in a field named after how many keywords
 * must match ({@code kw1}, {@code kw2}, …). Per offer, the four place pairs it fits times its terms
 * are looked up in the terms dictionary and their postings walked: in {@code kw1} every document
 * found matches, in {@code kwN} those found N times. This is the CoveringQuery of search.md section
 * 8 ("all keywords, in this place and sector", exact), with the place folded into the keys so that
 * only postings of this place are read, and no scorers.
 *
 * <p>Derived data: rebuilt from the table, then kept up to date from its change numbers; the last
 * change number applied is kept in the index's commit data.
 */
final class SubscriptionIndex implements Closeable {

  static final String SEQ = "seq";
  static final String SCHEMA = "schema";
  static final String SCHEMA_VERSION = "alert-index-v5";

  /** Keyword fields: {@code kw1} for none or one keyword, {@code kwN} for N keywords. */
  static final String KEYWORDS = "kw";

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
    long[][] ids = {new long[1024]};
    int[] size = {0};
    matching(
        regency,
        sector,
        terms,
        (reader, docs) -> {
          NumericDocValues sid = reader.getNumericDocValues("sid");
          if (ids[0].length < size[0] + docs.cardinality()) {
            ids[0] = Arrays.copyOf(ids[0], size[0] + docs.cardinality());
          }
          for (int doc = next(docs, 0); doc != NO_MORE_DOCS; doc = next(docs, doc + 1)) {
            if (sid != null && sid.advanceExact(doc)) {
              ids[0][size[0]++] = sid.longValue();
            }
          }
        });
    return Arrays.copyOf(ids[0], size[0]);
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
    ArrayList<Hit> hits = new ArrayList<>();
    Frequency[] frequencies = Frequency.values();
    matching(
        regency,
        sector,
        terms,
        (reader, docs) -> {
          NumericDocValues sid = reader.getNumericDocValues("sid");
          NumericDocValues freq = reader.getNumericDocValues("freq");
          NumericDocValues hour = reader.getNumericDocValues("hour");
          NumericDocValues score = reader.getNumericDocValues("score");
          BinaryDocValues person = reader.getBinaryDocValues("person");
          BinaryDocValues to = reader.getBinaryDocValues("to");
          SortedDocValues lang = reader.getSortedDocValues("lang");
          String[] languages = new String[lang == null ? 0 : lang.getValueCount()];
          hits.ensureCapacity(hits.size() + docs.cardinality());
          for (int doc = next(docs, 0); doc != NO_MORE_DOCS; doc = next(docs, doc + 1)) {
            if (sid.advanceExact(doc)
                && freq.advanceExact(doc)
                && hour.advanceExact(doc)
                && score.advanceExact(doc)
                && person.advanceExact(doc)
                && to.advanceExact(doc)
                && lang.advanceExact(doc)) {
              int ord = lang.ordValue();
              if (languages[ord] == null) { // a handful of languages: looked up once each
                languages[ord] = lang.lookupOrd(ord).utf8ToString();
              }
              hits.add(
                  new Hit(
                      sid.longValue(),
                      person.binaryValue().utf8ToString(),
                      to.binaryValue().utf8ToString(),
                      languages[ord],
                      frequencies[(int) freq.longValue()],
                      (int) hour.longValue(),
                      (int) score.longValue()));
            }
          }
        });
    return hits;
  }

  /** What to do with one segment's matching documents (in doc id order, as doc values read). */
  private interface Matches {
    void accept(LeafReader reader, FixedBitSet docs) throws IOException;
  }

  private void matching(String regency, String sector, Collection<String> terms, Matches out) {
    List<BytesRef> keys = keys(regency, sector, terms);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          FixedBitSet docs = matches(leaf.reader(), keys);
          if (docs != null) {
            out.accept(leaf.reader(), docs);
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The keys an offer's subscriptions are filed under: each of the four place pairs a subscription
   * for this regency and sector can have ({@code R|S}, {@code R|_any}, {@code _any|S}, {@code
   * _any|_any}), with each of the offer's terms and {@code _none}; sorted, so the terms dictionary
   * is walked forwards.
   */
  static List<BytesRef> keys(String regency, String sector, Collection<String> terms) {
    String r = regency == null ? "" : regency;
    String s = sector == null ? "" : sector;
    List<String> pairs =
        List.of(
            pair(r, s),
            pair(r, Subscription.ANY),
            pair(Subscription.ANY, s),
            pair(Subscription.ANY, Subscription.ANY));
    List<BytesRef> keys = new ArrayList<>(pairs.size() * (terms.size() + 1));
    for (String p : pairs) {
      keys.add(new BytesRef(key(p, Subscription.NONE)));
      for (String t : terms) {
        keys.add(new BytesRef(key(p, t)));
      }
    }
    keys.sort(null);
    return keys;
  }

  /**
   * The documents of one segment that match: in {@code kw1} (subscriptions with one keyword or
   * none) any key found is a match; in {@code kwN} a subscription matches when all N of its keys
   * are found. A subscription has at most one of the four place pairs, so no document is counted
   * twice for one keyword: this is what a CoveringQuery with the keyword count as its minimum
   * computes, without a disjunction over hundreds of scorers.
   */
  private static FixedBitSet matches(LeafReader reader, List<BytesRef> keys) throws IOException {
    Bits live = reader.getLiveDocs();
    FixedBitSet docs = new FixedBitSet(reader.maxDoc());
    PostingsEnum postings = null;
    for (FieldInfo field : reader.getFieldInfos()) {
      if (!field.name.startsWith(KEYWORDS)) {
        continue;
      }
      Terms dictionary = reader.terms(field.name);
      if (dictionary == null) {
        continue;
      }
      int n = Integer.parseInt(field.name.substring(KEYWORDS.length()));
      byte[] counts = n > 1 ? new byte[reader.maxDoc()] : null;
      TermsEnum te = dictionary.iterator();
      for (BytesRef key : keys) {
        if (!te.seekExact(key)) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != NO_MORE_DOCS; doc = postings.nextDoc()) {
          if ((counts == null || ++counts[doc] == n) && (live == null || live.get(doc))) {
            docs.set(doc);
          }
        }
      }
    }
    return docs;
  }

  private static int next(FixedBitSet docs, int from) {
    return from >= docs.length() ? NO_MORE_DOCS : docs.nextSetBit(from);
  }

  private static String pair(String regency, String sector) {
    return regency + "|" + sector;
  }

  private static String key(String pair, String keyword) {
    return pair + "|" + keyword;
  }

  private static Document document(Subscription s) {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(s.id()), Field.Store.NO));
    doc.add(new NumericDocValuesField("sid", s.id()));
    List<String> regencies = s.regencies().isEmpty() ? List.of(Subscription.ANY) : s.regencies();
    List<String> sectors = s.sectors().isEmpty() ? List.of(Subscription.ANY) : s.sectors();
    List<String> keywords = s.keywords().stream().distinct().toList();
    if (keywords.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("too many keywords: " + keywords.size());
    }
    // filed under every place pair with each keyword, in a field that says how many must match
    String field = KEYWORDS + Math.max(1, keywords.size());
    List<String> filed = keywords.isEmpty() ? List.of(Subscription.NONE) : keywords;
    for (String r : regencies) {
      for (String sector : sectors) {
        for (String k : filed) {
          doc.add(new StringField(field, key(pair(r, sector), k), Field.Store.NO));
        }
      }
    }
    // what queueing needs, so a match never reads the table back
    // (binary: read per document without a terms dictionary, nearly every value is unique)
    doc.add(new BinaryDocValuesField("person", new BytesRef(s.person())));
    doc.add(new BinaryDocValuesField("to", new BytesRef(s.deliverTo())));
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
}
