package id.lokerbot.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Indonesian analysis chains, built from the taxonomy (see {@code search.md} section 2).
 *
 * <ul>
 *   <li>index ({@code text}, {@code title}): tokenizer → lower case → word map (krj→kerja) → stop
 *       words → protected words → stem overrides → Indonesian stemmer
 *   <li>query: the same with query-time synonyms right after the stop words (never a stop filter
 *       after synonyms: it leaves holes in the graph)
 *   <li>spell: tokenizer → lower case only, for typo suggestions on real words
 * </ul>
 *
 * {@link #fingerprint} changes when anything the index side depends on changes, which re-indexes.
 */
final class Analysis {

  final Analyzer index;
  final Analyzer query;
  final Analyzer spell;
  final CharArraySet stopwords;
  final CharArrayMap<String> words;
  final String fingerprint;

  Analysis(Taxonomy taxonomy) {
    Taxonomy.Lexicon lex = taxonomy.lexicon;
    this.words = new CharArrayMap<>(64, false);
    lex.words().forEach(words::put);
    for (Taxonomy.Regency r : taxonomy.regencies.values()) {
      String shortName = r.shortName().toLowerCase(Locale.ROOT);
      if (!shortName.contains(" ")) {
        r.abbreviations().forEach(a -> words.put(a, shortName));
      }
    }
    CharArraySet stop = new CharArraySet(400, false);
    for (Object w : IndonesianAnalyzer.getDefaultStopSet()) {
      String word = new String((char[]) w);
      if (!lex.keep().contains(word)) {
        stop.add(word);
      }
    }
    stop.addAll(lex.stopwords());
    this.stopwords = CharArraySet.unmodifiableSet(stop);
    CharArraySet protect = new CharArraySet(lex.protect(), false);
    for (Taxonomy.Regency r : taxonomy.regencies.values()) {
      addWords(protect, r.name());
      r.aliases().forEach(a -> addWords(protect, a));
    }
    StemmerOverrideFilter.StemmerOverrideMap overrides = overrides(lex.stems());
    SynonymMap synonyms = synonyms(lex.synonyms(), words);
    this.index = chain(words, stopwords, protect, overrides, null);
    this.query = chain(words, stopwords, protect, overrides, synonyms);
    this.spell =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
    this.fingerprint = fingerprint(words, stopwords, protect, lex.stems());
  }

  /** The tokens the analyzer makes of a text (for tests and for understanding queries). */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Analyzer chain(
      CharArrayMap<String> words,
      CharArraySet stop,
      CharArraySet protect,
      StemmerOverrideFilter.StemmerOverrideMap overrides,
      SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new WordMapFilter(ts, words);
        ts = new StopFilter(ts, stop);
        if (synonyms != null) {
          ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        ts = new SetKeywordMarkerFilter(ts, protect);
        ts = new StemmerOverrideFilter(ts, overrides);
        ts = new IndonesianStemFilter(ts, true);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private static void addWords(CharArraySet set, String phrase) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        set.add(w);
      }
    }
  }

  private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> stems) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    stems.forEach(builder::add);
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the Solr-format rules with the same steps that run before synonyms in the query chain
   * (tokenizer, lower case, word map), so rules match what the chain produces at that point.
   */
  private static SynonymMap synonyms(List<String> rules, CharArrayMap<String> words) {
    Analyzer before =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                source, new WordMapFilter(new LowerCaseFilter(source), words));
          }
        };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, before);
    try {
      parser.parse(new StringReader(String.join("\n", rules)));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("synonym rules: " + e.getMessage(), e);
    }
  }

  private static String fingerprint(
      CharArrayMap<String> words,
      CharArraySet stop,
      CharArraySet protect,
      Map<String, String> stems) {
    // v4: vacancies carry their occupation groups (ranking by interest); main's v3 came first
    StringBuilder all = new StringBuilder("analysis-v4|");
    Map<String, String> sortedWords = new TreeMap<>();
    words.forEach((k, v) -> sortedWords.put(new String((char[]) k), v));
    all.append(sortedWords).append('|');
    all.append(sorted(stop)).append('|').append(sorted(protect)).append('|');
    all.append(new TreeMap<>(stems));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TreeSet<String> sorted(CharArraySet set) {
    TreeSet<String> out = new TreeSet<>();
    for (Object o : set) {
      out.add(new String((char[]) o));
    }
    return out;
  }
}
