package id.lokerbot.catalog;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the records. The index's last commit records the database state it
 * reflects (row counts and newest change per table) and the analysis fingerprint; when either
 * differs, the index catches up: fully when the analysis changed or the index is new, otherwise by
 * re-reading the rows changed since the index's watermark.
 */
@Component
class Catalog implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Catalog.class);

  static final String ANALYSIS = "analysis";
  static final String DATABASE = "database";
  static final String VACANCY_MARK = "vacancyWatermark";
  static final String TRAINING_MARK = "trainingWatermark";

  /** How far behind its marks a catch-up looks, for writes that committed out of order. */
  static final Duration CATCH_UP_OVERLAP = Duration.ofSeconds(10);

  private record Derived(long contentVersion, Taxonomy taxonomy, Analysis analysis) {}

  private final ContentService content;
  private final CatalogRepository repository;
  private final Clock clock;
  private final CatalogProperties properties;
  private volatile CatalogIndex index;
  private volatile Derived derived;
  private volatile Map<String, String> indexed = Map.of();
  private volatile Instant lastCommit;

  Catalog(
      ContentService content,
      CatalogRepository repository,
      Clock clock,
      CatalogProperties properties) {
    this.content = content;
    this.repository = repository;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Opens the index on first use, not in the constructor: content validation needs the search
   * actions, which need this bean, so content is read only once everything exists.
   */
  private CatalogIndex open() {
    CatalogIndex open = index;
    if (open != null) {
      return open; // searches never wait for a write in progress
    }
    synchronized (this) {
      return openLocked();
    }
  }

  private CatalogIndex openLocked() {
    if (index == null) {
      derived = derive(content.current());
      index =
          new CatalogIndex(
              directory(properties.indexDir()), derived.analysis(), properties.ramBufferMb());
      indexed = index.committed();
    }
    return index;
  }

  private static Directory directory(String dir) {
    try {
      if (dir == null || dir.isBlank() || dir.equals("memory")) {
        return new ByteBuffersDirectory();
      }
      Path path = Path.of(dir);
      Files.createDirectories(path);
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index directory " + dir, e);
    }
  }

  private static Derived derive(Content content) {
    Taxonomy taxonomy = Taxonomy.read(content, new Problems());
    return new Derived(content.version(), taxonomy, new Analysis(taxonomy));
  }

  Taxonomy taxonomy() {
    return current().taxonomy();
  }

  /** The taxonomy and analysis of the content in force; re-indexes when the analysis changed. */
  private Derived current() {
    open();
    Content now = content.current();
    Derived d = derived;
    if (d.contentVersion() != now.version()) {
      synchronized (this) {
        if (derived.contentVersion() != now.version()) {
          Derived fresh = derive(now);
          derived = fresh;
          if (!fresh.analysis().fingerprint.equals(index.analysis().fingerprint)) {
            log.info("search vocabulary changed: re-indexing the catalogue");
            rebuild();
          }
        }
        d = derived;
      }
    }
    return d;
  }

  CatalogIndex index() {
    current();
    return index;
  }

  /** Analysis in force for queries. */
  Analysis analysis() {
    return current().analysis();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), properties.zone());
  }

  Instant now() {
    return clock.instant();
  }

  /** Brings the index up to date with the database; returns what it did (for logs and tests). */
  synchronized String catchUp() {
    Derived d = current();
    String db = databaseState(d);
    if (db.equals(indexed.get(DATABASE))) {
      return "current";
    }
    if (!d.analysis().fingerprint.equals(indexed.get(ANALYSIS))
        || indexed.get(VACANCY_MARK) == null) {
      rebuild();
      return "rebuilt";
    }
    List<CatalogIndex.Change> changes = new ArrayList<>();
    Instant[] marks = {mark(VACANCY_MARK), mark(TRAINING_MARK)};
    // Writes on two nodes can commit out of timestamp order: look back a little behind the marks
    // (re-indexing a record already indexed is harmless).
    repository.eachVacancy(
        marks[0].minus(CATCH_UP_OVERLAP),
        v -> {
          changes.add(change(v, d.taxonomy()));
          marks[0] = max(marks[0], v.updatedAt());
        });
    repository.eachTraining(
        marks[1].minus(CATCH_UP_OVERLAP),
        t -> {
          changes.add(change(t, d.taxonomy()));
          marks[1] = max(marks[1], t.updatedAt());
        });
    commit(changes, marks[0], marks[1]);
    return "updated " + changes.size();
  }

  /** Re-indexes every record. */
  synchronized void rebuild() {
    Derived d = derived;
    List<Object> records = new ArrayList<>();
    Instant[] marks = {Instant.EPOCH, Instant.EPOCH};
    repository.eachVacancy(
        null,
        v -> {
          if (v.open()) {
            records.add(v);
          }
          marks[0] = max(marks[0], v.updatedAt());
        });
    repository.eachTraining(
        null,
        t -> {
          if (t.open()) {
            records.add(t);
          }
          marks[1] = max(marks[1], t.updatedAt());
        });
    records.add(d.taxonomy()); // stands for the vocabulary document
    Map<String, String> data = commitData(d, marks[0], marks[1]);
    index.replaceAll(
        d.analysis(),
        records,
        r ->
            r instanceof Vacancy v
                ? Documents.vacancy(v, d.taxonomy())
                : r instanceof Training t
                    ? Documents.training(t, d.taxonomy())
                    : Documents.vocabulary(d.taxonomy()),
        data);
    indexed = data;
    lastCommit = clock.instant();
    log.info("catalogue index rebuilt: {} offers", records.size() - 1);
  }

  /** Applies records just written to the database (the write path of admin, import, samples). */
  synchronized void indexed(List<Vacancy> vacancies, List<Training> trainings) {
    Derived d = current();
    List<CatalogIndex.Change> changes = new ArrayList<>();
    Instant vm = mark(VACANCY_MARK);
    Instant tm = mark(TRAINING_MARK);
    for (Vacancy v : vacancies) {
      changes.add(change(v, d.taxonomy()));
      vm = max(vm, v.updatedAt());
    }
    for (Training t : trainings) {
      changes.add(change(t, d.taxonomy()));
      tm = max(tm, t.updatedAt());
    }
    commit(changes, vm, tm);
  }

  private void commit(
      List<CatalogIndex.Change> changes, Instant vacancyMark, Instant trainingMark) {
    // the hidden vocabulary document goes along with every batch: one document, always current
    changes.add(
        new CatalogIndex.Change(Documents.VOCABULARY, Documents.vocabulary(derived.taxonomy())));
    Map<String, String> data = commitData(derived, vacancyMark, trainingMark);
    index.apply(changes, data);
    indexed = data;
    lastCommit = clock.instant();
  }

  /**
   * How fresh the index is: when this node last committed, the newest record change it holds, and
   * the newest change in the database (for the health indicator).
   */
  record Freshness(Instant lastCommit, Instant indexedUpTo, Instant newestRecord) {}

  Freshness freshness() {
    open();
    Instant indexedUpTo = max(mark(VACANCY_MARK), mark(TRAINING_MARK));
    Instant vacancy = repository.vacancyState().maxUpdatedAt();
    Instant training = repository.trainingState().maxUpdatedAt();
    Instant newest =
        vacancy == null ? training : training == null ? vacancy : max(vacancy, training);
    return new Freshness(lastCommit, indexedUpTo, newest);
  }

  private Map<String, String> commitData(Derived d, Instant vacancyMark, Instant trainingMark) {
    Map<String, String> data = new HashMap<>();
    data.put(ANALYSIS, d.analysis().fingerprint);
    data.put(DATABASE, databaseState(d));
    data.put(VACANCY_MARK, String.valueOf(vacancyMark.toEpochMilli()));
    data.put(TRAINING_MARK, String.valueOf(trainingMark.toEpochMilli()));
    return data;
  }

  private String databaseState(Derived d) {
    return "v" + repository.vacancyState() + " t" + repository.trainingState();
  }

  private Instant mark(String key) {
    String v = indexed.get(key);
    return v == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(v));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static CatalogIndex.Change change(Vacancy v, Taxonomy taxonomy) {
    String key = Documents.key(Kind.VACANCY, v.id());
    return new CatalogIndex.Change(key, v.open() ? Documents.vacancy(v, taxonomy) : null);
  }

  private static CatalogIndex.Change change(Training t, Taxonomy taxonomy) {
    String key = Documents.key(Kind.TRAINING, t.id());
    return new CatalogIndex.Change(key, t.open() ? Documents.training(t, taxonomy) : null);
  }

  /** Picks up changes made elsewhere (another node, the CSV import run while serving). */
  @Scheduled(
      fixedDelayString = "${lokerbot.catalog.sync-interval:1s}",
      initialDelayString = "${lokerbot.catalog.sync-interval:1s}")
  void sync() {
    String done = catchUp();
    if (!done.equals("current")) {
      log.info("catalogue index caught up with the database: {}", done);
    }
  }

  @Override
  public synchronized void destroy() throws IOException {
    if (index != null) {
      index.close();
    }
  }
}
