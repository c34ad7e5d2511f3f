package id.lokerbot.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Lucene documents for vacancies and trainings: the index schema in one place. */
final class Documents {

  static final String KEY = "key";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String TIE_BREAK = "key_sort";
  static final String TITLE = "title";
  static final String ORG = "org";
  static final String TEXT = "text";
  static final String SPELL = "spell";
  static final String REGENCY = "regency";
  static final String SECTOR = "sector";

  /**
   * Every group of the vacancy's ISCO/KBJI occupation code, from the major group to the unit
   * ({@code 7}, {@code 75}, {@code 753}, {@code 7533}), for ranking by interest.
   */
  static final String OCCUPATION = "occupation";

  static final String EDUCATION = "education";
  static final String EDU_RANK = "edu";
  static final String AGE_MIN = "age_min";
  static final String AGE_MAX = "age_max";
  static final String DISABILITY = "disability";
  static final String FREE = "free";
  static final String CLOSES = "closes";
  static final String POSTED = "posted";
  static final String STARTS = "starts";
  static final String VOCABULARY = "vocabulary";

  /** Facet dimensions, each a sorted-set doc values field. */
  static final List<String> FACETS = List.of(KIND, REGENCY, SECTOR, EDUCATION, DISABILITY, FREE);

  static final FacetsConfig FACETS_CONFIG = facetsConfig();

  /**
   * The spelling vocabulary is only ever asked "is this word there" and "which words are near it":
   * documents only, no frequencies, positions or norms, which keeps indexing cheap.
   */
  static final FieldType SPELL_TYPE = spellType();

  /**
   * Searched text keeps frequencies and norms for ranking but no positions: nothing searches
   * phrases, since a multi-word synonym is indexed as one term (see {@link Analysis}).
   */
  static final FieldType TEXT_TYPE = textType();

  private Documents() {}

  static String key(Kind kind, String id) {
    return kind.code() + ":" + id;
  }

  static Document vacancy(Vacancy v, Taxonomy taxonomy) {
    Document d = common(Kind.VACANCY, v.id(), v.title(), v.partner(), v.regency(), v.sector());
    // several values of one field rather than one joined string: nothing is copied
    values(
        d,
        TEXT,
        TEXT_TYPE,
        v.title(),
        v.description(),
        v.partner(),
        sectorWords(v.sector(), taxonomy));
    values(d, SPELL, SPELL_TYPE, v.title(), v.description());
    limits(d, v.minEducation(), v.minAge(), v.maxAge(), taxonomy);
    if (v.occupation() != null && v.occupation().matches("\\d{1,4}")) {
      for (int i = 1; i <= v.occupation().length(); i++) {
        d.add(new StringField(OCCUPATION, v.occupation().substring(0, i), Field.Store.NO));
      }
    }
    flag(d, DISABILITY, v.disabilityFriendly() ? "yes" : "no");
    flag(d, FREE, "n/a");
    dates(d, v.postedOn(), v.closesOn());
    return build(d);
  }

  static Document training(Training t, Taxonomy taxonomy) {
    Document d = common(Kind.TRAINING, t.id(), t.title(), t.provider(), t.regency(), t.sector());
    values(
        d,
        TEXT,
        TEXT_TYPE,
        t.title(),
        t.description(),
        t.provider(),
        t.leadsTo(),
        t.eligibility(),
        sectorWords(t.sector(), taxonomy));
    values(d, SPELL, SPELL_TYPE, t.title(), t.description(), t.leadsTo());
    limits(d, t.minEducation(), t.minAge(), t.maxAge(), taxonomy);
    flag(d, DISABILITY, t.disabilityFriendly() ? "yes" : "no");
    flag(d, FREE, t.free() ? "yes" : "no");
    d.add(new StoredField(STARTS, t.startsOn().toString()));
    dates(d, t.postedOn(), t.closesOn() != null ? t.closesOn() : t.startsOn());
    return build(d);
  }

  /**
   * One hidden document that carries the whole search vocabulary (synonyms, job words, places) in
   * the spell field, so typo suggestions know words no offer happens to use today.
   */
  static Document vocabulary(Taxonomy taxonomy) {
    StringBuilder words = new StringBuilder();
    Taxonomy.Lexicon lex = taxonomy.lexicon;
    lex.synonyms().forEach(r -> words.append(r.replaceAll("=>|,", " ")).append('\n'));
    lex.words().values().forEach(w -> words.append(w).append(' '));
    lex.protect().forEach(w -> words.append(w).append(' '));
    lex.stems().keySet().forEach(w -> words.append(w).append(' '));
    lex.intents().values().forEach(l -> l.forEach(w -> words.append(w).append(' ')));
    for (Taxonomy.Regency r : taxonomy.regencies.values()) {
      words.append(r.name()).append(' ');
      r.aliases().forEach(a -> words.append(a).append(' '));
    }
    for (Map.Entry<String, Taxonomy.Level> l : taxonomy.levels.entrySet()) {
      l.getValue().words().forEach(w -> words.append(w).append(' '));
    }
    Document d = new Document();
    d.add(new StringField(KEY, VOCABULARY, Field.Store.YES));
    d.add(new StringField(KIND, VOCABULARY, Field.Store.NO));
    d.add(new Field(SPELL, words.toString(), SPELL_TYPE));
    return d;
  }

  private static Document common(
      Kind kind, String id, String title, String org, String regency, String sector) {
    Document d = new Document();
    d.add(new StringField(KEY, key(kind, id), Field.Store.YES));
    // ties in score are broken by key, so every node lists equal hits in the same order
    d.add(new SortedDocValuesField(TIE_BREAK, new BytesRef(key(kind, id))));
    d.add(new StringField(KIND, kind.code(), Field.Store.YES));
    d.add(new StoredField(ID, id));
    d.add(new Field(TITLE, title, TEXT_TYPE));
    d.add(new StoredField(TITLE, title));
    d.add(new StoredField(ORG, org));
    d.add(new StringField(REGENCY, regency, Field.Store.YES));
    d.add(new StringField(SECTOR, sector, Field.Store.NO));
    facet(d, KIND, kind.code());
    facet(d, REGENCY, regency);
    facet(d, SECTOR, sector);
    return d;
  }

  /** Each non-empty value as one value of the field: nothing is joined or copied. */
  private static void values(Document d, String field, FieldType type, String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        d.add(new Field(field, value, type));
      }
    }
  }

  private static void limits(
      Document d, String education, Integer minAge, Integer maxAge, Taxonomy taxonomy) {
    d.add(new IntPoint(EDU_RANK, taxonomy.rank(education)));
    facet(d, EDUCATION, education);
    d.add(new IntPoint(AGE_MIN, minAge == null ? 0 : minAge));
    d.add(new IntPoint(AGE_MAX, maxAge == null ? 200 : maxAge));
  }

  private static void dates(Document d, LocalDate posted, LocalDate closes) {
    d.add(new LongPoint(POSTED, posted.toEpochDay()));
    d.add(new NumericDocValuesField(POSTED, posted.toEpochDay()));
    int closesDay = closes == null ? Integer.MAX_VALUE : (int) closes.toEpochDay();
    d.add(new IntPoint(CLOSES, closesDay));
    d.add(new NumericDocValuesField(CLOSES, closesDay));
    if (closes != null) {
      d.add(new StoredField(CLOSES, closes.toString()));
    }
  }

  private static void facet(Document d, String dim, String value) {
    d.add(new SortedSetDocValuesFacetField(dim, value));
  }

  /** A yes/no filter that is also a facet. */
  private static void flag(Document d, String dim, String value) {
    facet(d, dim, value);
    d.add(new StringField(dim, value, Field.Store.NO));
  }

  private static String sectorWords(String sector, Taxonomy taxonomy) {
    Taxonomy.Sector s = taxonomy.sectors.get(sector);
    return s == null ? "" : s.nameId();
  }

  private static Document build(Document d) {
    try {
      return FACETS_CONFIG.build(d);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Facets are only counted: filters use the plain fields above, so the drill-down terms facets
   * would add to every document are left out (indexing speed).
   */
  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  private static FieldType spellType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }
}
