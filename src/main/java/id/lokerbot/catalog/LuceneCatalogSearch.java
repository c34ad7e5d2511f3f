package id.lokerbot.catalog;

import id.lokerbot.catalog.SearchResult.Alternative;
import id.lokerbot.catalog.SearchResult.Hit;
import id.lokerbot.catalog.SearchResult.Understood;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Service;

/**
 * Searches the Lucene index. The text is read into filters and words ({@link QueryReader}); each
 * word the index does not know is corrected with a spelling suggestion from the unstemmed {@code
 * spell} field, or else matched fuzzily; the words are analysed with the query chain (synonyms,
 * protected places, stems) into a query built in code, never by a query parser. Every word must
 * match; when that finds nothing, any word may. Offers in the person's regency and newer offers
 * rank higher; closed offers are not in the index and expired ones are filtered by today's date.
 */
@Service
class LuceneCatalogSearch implements CatalogSearch {

  private static final float HOME_BOOST = 1.5f;
  private static final float RECENCY_WEIGHT = 1.0f;
  private static final long RECENCY_PIVOT_DAYS = 14;
  private static final int MAX_ALTERNATIVES = 3;
  private static final float MAX_PREFERENCE = 5f;

  private final Catalog catalog;
  private final CatalogRepository repository;

  LuceneCatalogSearch(Catalog catalog, CatalogRepository repository) {
    this.catalog = catalog;
    this.repository = repository;
  }

  /** The search after reading the text: filters plus words, ready to become a Lucene query. */
  private record Plan(
      Understood understood,
      List<String> words,
      List<String> fuzzy,
      String sector,
      String home,
      Map<String, Float> prefer,
      List<String> corrections) {}

  /** Deterministic across nodes: equal scores would otherwise follow each index's doc order. */
  private static final Sort BY_SCORE_THEN_KEY =
      new Sort(SortField.FIELD_SCORE, new SortField(Documents.TIE_BREAK, SortField.Type.STRING));

  /** {@code lokerbot.search} (Prometheus: {@code lokerbot_search_seconds}), with a histogram. */
  private static final Timer SEARCH =
      Timer.builder("lokerbot.search")
          .description("Time to answer one catalogue search, from request to hits")
          .publishPercentileHistogram()
          .register(Metrics.globalRegistry);

  @Override
  public SearchResult search(SearchRequest request) {
    return SEARCH.record(
        () ->
            search(
                request, catalog.index(), catalog.analysis(), catalog.taxonomy(), catalog.today()));
  }

  /** The search itself, free of Spring (the benchmark calls it directly). */
  static SearchResult search(
      SearchRequest request,
      CatalogIndex index,
      Analysis analysis,
      Taxonomy taxonomy,
      LocalDate today) {
    return index.search(
        searcher -> {
          Plan plan = plan(request, searcher, analysis, taxonomy);
          Query filter = filter(plan.understood(), plan.sector(), today, taxonomy);
          // synonym groups arrive as one term each (see Analysis): no phrases, no positions
          QueryBuilder builder = new QueryBuilder(analysis.query);
          Query strict = query(plan, filter, builder, Occur.MUST, today);
          int n = request.offset() + request.limit();
          FacetsCollectorManager.FacetsResult found =
              FacetsCollectorManager.search(
                  searcher, strict, n, BY_SCORE_THEN_KEY, false, new FacetsCollectorManager());
          boolean relaxed = false;
          if (found.topDocs().totalHits.value == 0
              && plan.words().size() + plan.fuzzy().size() > 1) {
            Query loose = query(plan, filter, builder, Occur.SHOULD, today);
            found =
                FacetsCollectorManager.search(
                    searcher, loose, n, BY_SCORE_THEN_KEY, false, new FacetsCollectorManager());
            relaxed = true;
          }
          TopDocs top = found.topDocs();
          List<Hit> hits = hits(searcher, top, request.offset(), taxonomy);
          Map<String, Map<String, Integer>> facets = facets(searcher, found);
          long total = top.totalHits.value;
          List<Alternative> alternatives =
              total == 0
                  ? alternatives(searcher, plan, builder, today, taxonomy, analysis)
                  : List.of();
          return new SearchResult(
              plan.understood(),
              hits,
              total,
              request.offset(),
              facets,
              plan.corrections(),
              relaxed,
              alternatives);
        });
  }

  // ---------------------------------------------------------------- reading the request

  private static Plan plan(
      SearchRequest request, CatalogIndex.Searcher searcher, Analysis analysis, Taxonomy taxonomy)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    QueryReader.Read read = reader(taxonomy).read(request.text(), w -> known(reader, analysis, w));
    Kind kind =
        request.kind() != null ? request.kind() : read.kind() != null ? read.kind() : Kind.VACANCY;
    List<String> regencies =
        !request.regencies().isEmpty() ? request.regencies() : read.regencies();
    String placeName =
        !request.regencies().isEmpty()
            ? request.regencies().stream()
                .map(taxonomy::regencyName)
                .collect(Collectors.joining(", "))
            : read.placeName();
    boolean nearby = request.nearby() || read.nearby();
    String home = request.homeRegency();
    if (nearby) {
      Set<String> around =
          new LinkedHashSet<>(regencies.isEmpty() && home != null ? List.of(home) : regencies);
      for (String code : List.copyOf(around)) {
        taxonomy.regency(code).ifPresent(r -> around.addAll(r.neighbours()));
      }
      regencies = List.copyOf(around);
    }
    String education = request.education() != null ? request.education() : read.education();
    Integer age = request.age() != null ? request.age() : read.age();
    boolean free = kind == Kind.TRAINING && (request.freeOnly() || read.free());
    boolean disability = request.disabilityFriendly() || read.disability();

    List<String> words = new ArrayList<>();
    List<String> fuzzy = new ArrayList<>();
    List<String> corrections = new ArrayList<>();
    for (String raw : read.words()) {
      String word = analysis.words().getOrDefault(raw, raw);
      if (Analysis.tokens(analysis.query, Documents.TEXT, word).isEmpty()) {
        continue; // a stop word
      }
      if (known(reader, analysis, word)) {
        words.add(word);
        continue;
      }
      Optional<String> suggestion = searcher.suggestion(word, w -> suggest(reader, w));
      if (suggestion.isPresent()) {
        words.add(suggestion.get());
        corrections.add(raw + " → " + suggestion.get());
      } else {
        fuzzy.add(word);
      }
    }
    Understood understood =
        new Understood(
            kind,
            regencies,
            placeName,
            nearby,
            education,
            age,
            free,
            disability,
            String.join(" ", words) + (fuzzy.isEmpty() ? "" : " " + String.join(" ", fuzzy)));
    return new Plan(
        new Understood(
            understood.kind(),
            understood.regencies(),
            understood.placeName(),
            understood.nearby(),
            understood.education(),
            understood.age(),
            understood.freeOnly(),
            understood.disabilityFriendly(),
            understood.words().strip()),
        words,
        fuzzy,
        request.sector(),
        home,
        request.prefer(),
        corrections);
  }

  /**
   * Words of four letters or fewer are taken as written, five letters get one edit, longer ones
   * two: short words are mostly other words, not typos ("part" became "pagi", "time" "tim", "need"
   * "near").
   */
  private static DirectSpellChecker speller(String word) {
    DirectSpellChecker speller = new DirectSpellChecker();
    speller.setMinQueryLength(5);
    speller.setMaxEdits(word.length() <= 5 ? 1 : 2);
    return speller;
  }

  /** The index's closest word to one it does not know (building the automata is the slow part). */
  private static Optional<String> suggest(IndexReader reader, String word) {
    try {
      SuggestWord[] suggestions =
          speller(word)
              .suggestSimilar(
                  new Term(Documents.SPELL, word),
                  1,
                  reader,
                  SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length > 0 ? Optional.of(suggestions[0].string) : Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Reader(Taxonomy taxonomy, QueryReader reader) {}

  private static volatile Reader reader;

  /** The query reader of the taxonomy in force, built once per taxonomy. */
  private static QueryReader reader(Taxonomy taxonomy) {
    Reader r = reader;
    if (r == null || r.taxonomy() != taxonomy) {
      r = new Reader(taxonomy, new QueryReader(taxonomy));
      reader = r;
    }
    return r.reader();
  }

  /**
   * A word the index knows: in the unstemmed vocabulary, or its stem or one of its synonyms' is in
   * some offer ("security" where offers say "satpam" is not a typo to correct or match fuzzily).
   */
  private static boolean known(IndexReader reader, Analysis analysis, String word) {
    try {
      if (reader.docFreq(new Term(Documents.SPELL, word)) > 0) {
        return true;
      }
      for (String token : Analysis.tokens(analysis.query, Documents.TEXT, word)) {
        if (reader.docFreq(new Term(Documents.TEXT, token)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- building queries

  private static Query filter(Understood u, String sector, LocalDate today, Taxonomy taxonomy) {
    BooleanQuery.Builder f = new BooleanQuery.Builder();
    f.add(new TermQuery(new Term(Documents.KIND, u.kind().code())), Occur.FILTER);
    // Nearly every offer is open: checking the few candidates the words found against doc values
    // is far cheaper than collecting every open offer from the points on each search.
    int from = (int) today.toEpochDay();
    f.add(
        new IndexOrDocValuesQuery(
            IntPoint.newRangeQuery(Documents.CLOSES, from, Integer.MAX_VALUE),
            NumericDocValuesField.newSlowRangeQuery(Documents.CLOSES, from, Integer.MAX_VALUE)),
        Occur.FILTER);
    if (!u.regencies().isEmpty()) {
      f.add(
          new TermInSetQuery(Documents.REGENCY, u.regencies().stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    if (sector != null) {
      f.add(new TermQuery(new Term(Documents.SECTOR, sector)), Occur.FILTER);
    }
    if (u.education() != null) {
      f.add(
          IntPoint.newRangeQuery(Documents.EDU_RANK, 0, taxonomy.rank(u.education())),
          Occur.FILTER);
    }
    if (u.age() != null) {
      f.add(IntPoint.newRangeQuery(Documents.AGE_MIN, 0, u.age()), Occur.FILTER);
      f.add(IntPoint.newRangeQuery(Documents.AGE_MAX, u.age(), Integer.MAX_VALUE), Occur.FILTER);
    }
    if (u.disabilityFriendly()) {
      f.add(new TermQuery(new Term(Documents.DISABILITY, "yes")), Occur.FILTER);
    }
    if (u.freeOnly()) {
      f.add(new TermQuery(new Term(Documents.FREE, "yes")), Occur.FILTER);
    }
    return f.build();
  }

  private static Query query(
      Plan plan, Query filter, QueryBuilder builder, Occur occur, LocalDate today) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(filter, Occur.FILTER);
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    int clauses = 0;
    if (!plan.words().isEmpty()) {
      String words = String.join(" ", plan.words());
      // Strict: every word (a synonym group like "crew store" is one term). Relaxed: any one
      // word, each with its own synonyms.
      Query body =
          occur == Occur.MUST
              ? builder.createBooleanQuery(Documents.TEXT, words, occur)
              : anyWord(builder, plan.words());
      if (body != null) {
        text.add(body, Occur.MUST);
        clauses++;
        Query title = builder.createBooleanQuery(Documents.TITLE, words, Occur.SHOULD);
        if (title != null) {
          q.add(new BoostQuery(title, 2f), Occur.SHOULD);
        }
      }
    }
    for (String word : plan.fuzzy()) {
      int edits = word.length() <= 5 ? 1 : 2;
      text.add(new FuzzyQuery(new Term(Documents.SPELL, word), edits, 1), occur);
      clauses++;
    }
    if (clauses == 0) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (occur == Occur.SHOULD && plan.words().isEmpty()) {
      q.add(text.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
    } else {
      q.add(text.build(), Occur.MUST);
    }
    if (plan.home() != null) {
      q.add(
          new BoostQuery(
              new ConstantScoreQuery(new TermQuery(new Term(Documents.REGENCY, plan.home()))),
              HOME_BOOST),
          Occur.SHOULD);
    }
    q.add(
        LongPoint.newDistanceFeatureQuery(
            Documents.POSTED, RECENCY_WEIGHT, today.toEpochDay(), RECENCY_PIVOT_DAYS),
        Occur.SHOULD);
    preferences(plan.prefer()).forEach(p -> q.add(p, Occur.SHOULD));
    return q.build();
  }

  /**
   * One constant-score clause per preference (see {@link SearchRequest#prefer}). An occupation
   * group leaves out the more specific groups given, so the longest one wins; a sector counts only
   * for offers in none of the occupation groups given.
   */
  static List<Query> preferences(Map<String, Float> prefer) {
    List<String> groups =
        prefer.keySet().stream().filter(k -> k.matches("\\d{1,4}")).sorted().toList();
    List<Query> clauses = new ArrayList<>();
    for (Map.Entry<String, Float> e : new java.util.TreeMap<>(prefer).entrySet()) {
      float weight = Math.max(0f, Math.min(MAX_PREFERENCE, e.getValue()));
      if (weight == 0f) {
        continue;
      }
      String key = e.getKey();
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      if (groups.contains(key)) {
        b.add(new TermQuery(new Term(Documents.OCCUPATION, key)), Occur.FILTER);
        groups.stream()
            .filter(g -> g.length() > key.length() && g.startsWith(key))
            .forEach(g -> b.add(new TermQuery(new Term(Documents.OCCUPATION, g)), Occur.MUST_NOT));
      } else if (key.matches("[A-Z]")) {
        b.add(new TermQuery(new Term(Documents.SECTOR, key)), Occur.FILTER);
        groups.forEach(
            g -> b.add(new TermQuery(new Term(Documents.OCCUPATION, g)), Occur.MUST_NOT));
      } else {
        continue;
      }
      clauses.add(new BoostQuery(new ConstantScoreQuery(b.build()), weight));
    }
    return clauses;
  }

  private static Query anyWord(QueryBuilder builder, List<String> words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String w : words) {
      Query q = builder.createBooleanQuery(Documents.TEXT, w, Occur.MUST);
      if (q != null) {
        any.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : any.setMinimumNumberShouldMatch(1).build();
  }

  // ---------------------------------------------------------------- results

  private static List<Hit> hits(
      CatalogIndex.Searcher searcher, TopDocs top, int offset, Taxonomy taxonomy)
      throws IOException {
    List<Hit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = offset; i < docs.length; i++) {
      var d = stored.document(docs[i].doc);
      String closes = d.get(Documents.CLOSES);
      String starts = d.get(Documents.STARTS);
      hits.add(
          new Hit(
              Kind.of(d.get(Documents.KIND)),
              d.get(Documents.ID),
              d.get(Documents.TITLE),
              d.get(Documents.ORG),
              d.get(Documents.REGENCY),
              taxonomy.regencyName(d.get(Documents.REGENCY)),
              closes == null ? null : LocalDate.parse(closes),
              starts == null ? null : LocalDate.parse(starts)));
    }
    return hits;
  }

  private static Map<String, Map<String, Integer>> facets(
      CatalogIndex.Searcher searcher, FacetsCollectorManager.FacetsResult found)
      throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (searcher.facets == null || found.topDocs().totalHits.value == 0) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(searcher.facets, found.facetsCollector());
    for (String dim : Documents.FACETS) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      try {
        FacetResult r = facets.getTopChildren(50, dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.put(lv.label, lv.value.intValue());
          }
        }
      } catch (IllegalArgumentException dimensionNotIndexedYet) {
        // no document has this dimension
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static long count(
      CatalogIndex.Searcher searcher,
      Plan plan,
      QueryBuilder builder,
      LocalDate today,
      Taxonomy taxonomy)
      throws IOException {
    Query filter = filter(plan.understood(), plan.sector(), today, taxonomy);
    long n = searcher.count(query(plan, filter, builder, Occur.MUST, today));
    if (n == 0 && plan.words().size() + plan.fuzzy().size() > 1) {
      n = searcher.count(query(plan, filter, builder, Occur.SHOULD, today));
    }
    return n;
  }

  private static Plan with(Plan p, Understood u) {
    return new Plan(u, p.words(), p.fuzzy(), p.sector(), p.home(), p.prefer(), p.corrections());
  }

  private static Understood regencies(Understood u, List<String> codes) {
    return new Understood(
        u.kind(),
        codes,
        null,
        false,
        u.education(),
        u.age(),
        u.freeOnly(),
        u.disabilityFriendly(),
        u.words());
  }

  /** When nothing was found: what is close by, what trains for it, and what fewer filters find. */
  private static List<Alternative> alternatives(
      CatalogIndex.Searcher searcher,
      Plan plan,
      QueryBuilder builder,
      LocalDate today,
      Taxonomy taxonomy,
      Analysis analysis)
      throws IOException {
    List<Alternative> out = new ArrayList<>();
    Understood u = plan.understood();
    int limit = 5;
    if (!u.regencies().isEmpty()) {
      Set<String> around = new LinkedHashSet<>();
      u.regencies().forEach(c -> taxonomy.regency(c).ifPresent(r -> around.addAll(r.neighbours())));
      around.removeAll(u.regencies());
      Understood near = regencies(u, List.copyOf(around));
      long n = around.isEmpty() ? 0 : count(searcher, with(plan, near), builder, today, taxonomy);
      if (n > 0) {
        out.add(
            new Alternative(
                Alternative.Type.NEARBY,
                near.request(plan.home(), 0, limit),
                n,
                null,
                around.stream().map(taxonomy::regencyName).toList()));
      }
    }
    if (u.kind() == Kind.VACANCY && !plan.words().isEmpty()) {
      Understood training =
          new Understood(
              Kind.TRAINING, List.of(), null, false, null, null, false, false, u.words());
      Plan tp =
          new Plan(
              training,
              plan.words(),
              plan.fuzzy(),
              null,
              u.regencies().isEmpty() ? plan.home() : u.regencies().get(0),
              plan.prefer(),
              List.of());
      Query tq = query(tp, filter(training, null, today, taxonomy), builder, Occur.SHOULD, today);
      TopDocs top = searcher.search(tq, 1);
      if (top.totalHits.value > 0) {
        Hit example = hits(searcher, top, 0, taxonomy).get(0);
        out.add(
            new Alternative(
                Alternative.Type.TRAINING, null, top.totalHits.value, example, List.of()));
      }
    }
    if (u.education() != null || u.age() != null || u.disabilityFriendly() || u.freeOnly()) {
      Understood fewer =
          new Understood(
              u.kind(), u.regencies(), u.placeName(), false, null, null, false, false, u.words());
      long n = count(searcher, with(plan, fewer), builder, today, taxonomy);
      if (n > 0) {
        out.add(
            new Alternative(
                Alternative.Type.FEWER_FILTERS,
                fewer.request(plan.home(), 0, limit),
                n,
                null,
                List.of()));
      }
    }
    if (!u.regencies().isEmpty()
        && out.stream().noneMatch(a -> a.type() == Alternative.Type.NEARBY)) {
      Understood anywhere = regencies(u, List.of());
      long n = count(searcher, with(plan, anywhere), builder, today, taxonomy);
      if (n > 0) {
        out.add(
            new Alternative(
                Alternative.Type.ANYWHERE,
                anywhere.request(plan.home(), 0, limit),
                n,
                null,
                List.of()));
      }
    }
    if (!plan.words().isEmpty() && out.size() < MAX_ALTERNATIVES) {
      List<String> other = new ArrayList<>();
      boolean changed = false;
      for (String w : plan.words()) {
        SuggestWord[] s =
            speller(w)
                .suggestSimilar(
                    new Term(Documents.SPELL, w),
                    1,
                    searcher.getIndexReader(),
                    SuggestMode.SUGGEST_MORE_POPULAR);
        if (s.length > 0
            && !Analysis.tokens(analysis.index, Documents.TEXT, s[0].string)
                .equals(Analysis.tokens(analysis.index, Documents.TEXT, w))) {
          other.add(s[0].string);
          changed = true;
        } else {
          other.add(w);
        }
      }
      if (changed) {
        Understood words =
            new Understood(
                u.kind(),
                u.regencies(),
                u.placeName(),
                false,
                u.education(),
                u.age(),
                u.freeOnly(),
                u.disabilityFriendly(),
                String.join(" ", other));
        Plan wp =
            new Plan(
                words, other, plan.fuzzy(), plan.sector(), plan.home(), plan.prefer(), List.of());
        long n = count(searcher, wp, builder, today, taxonomy);
        if (n > 0) {
          out.add(
              new Alternative(
                  Alternative.Type.OTHER_WORDS,
                  words.request(plan.home(), 0, limit),
                  n,
                  null,
                  List.of()));
        }
      }
    }
    return out.size() > MAX_ALTERNATIVES ? out.subList(0, MAX_ALTERNATIVES) : out;
  }

  // ---------------------------------------------------------------- the rest of the API

  @Override
  public Optional<Offer> offer(Kind kind, String id) {
    Taxonomy t = catalog.taxonomy();
    LocalDate today = catalog.today();
    if (kind == Kind.VACANCY) {
      return repository
          .vacancy(id)
          .map(
              v ->
                  new Offer(
                      kind,
                      v,
                      null,
                      t.regencyName(v.regency()),
                      sector(t, v.sector(), true),
                      sector(t, v.sector(), false),
                      level(t, v.minEducation(), true),
                      level(t, v.minEducation(), false),
                      v.open() && (v.closesOn() == null || !v.closesOn().isBefore(today))));
    }
    return repository
        .training(id)
        .map(
            tr ->
                new Offer(
                    kind,
                    null,
                    tr,
                    t.regencyName(tr.regency()),
                    sector(t, tr.sector(), true),
                    sector(t, tr.sector(), false),
                    level(t, tr.minEducation(), true),
                    level(t, tr.minEducation(), false),
                    tr.open() && (tr.closesOn() == null || !tr.closesOn().isBefore(today))));
  }

  private static String sector(Taxonomy t, String code, boolean id) {
    Taxonomy.Sector s = t.sectors.get(code);
    return s == null ? code : id ? s.nameId() : s.nameEn();
  }

  private static String level(Taxonomy t, String code, boolean id) {
    Taxonomy.Level l = t.levels.get(code);
    return l == null ? code : id ? l.nameId() : l.nameEn();
  }

  @Override
  public Optional<Place> place(String text) {
    Taxonomy taxonomy = catalog.taxonomy();
    QueryReader.Read read =
        reader(taxonomy).read(text, w -> catalog.analysis().words().containsKey(w));
    if (read.regencies().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Place(read.regencies(), read.placeName()));
  }

  @Override
  public List<Place> programmeRegencies() {
    return catalog.taxonomy().regencies.values().stream()
        .filter(Taxonomy.Regency::programme)
        .map(r -> new Place(List.of(r.code()), r.name()))
        .toList();
  }

  @Override
  public List<String> terms(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Analysis.tokens(catalog.analysis().index, "text", text);
  }

  @Override
  public String regencyName(String code) {
    return catalog.taxonomy().regencyName(code);
  }
}
