package id.lokerbot.catalog;

import id.lokerbot.platform.Sha256;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The Indonesian analysis chains, built from the taxonomy (see {@code search.md} section 2).
 *
 * <ul>
 *   <li>index ({@code text}, {@code title}): tokenizer → {@link NormalizeFilter} (lower case, word
 *       map krj→kerja, stop words, protected words, stem overrides, Indonesian stemmer) → {@link
 *       SynonymGroupFilter}: a word of a synonym group is indexed next to the group's one term
 *   <li>query: the same, with a synonym group's entry replaced by that one term: "crew store" is
 *       searched as the single term every pramuniaga offer carries, not as a phrase among seven
 *   <li>spell: tokenizer → lower case only, for typo suggestions on real words
 * </ul>
 *
 * Synonym rules are read through the same normalising step, so they meet words as the chains see
 * them. {@link #fingerprint} changes when anything the index side depends on changes, which
 * re-indexes.
 */
final class Analysis {

  final Analyzer index;
  final Analyzer query;
  final Analyzer spell;
  final NormalizeFilter.Steps steps;
  final String fingerprint;

  Analysis(Taxonomy taxonomy) {
    Taxonomy.Lexicon lex = taxonomy.lexicon;
    CharArrayMap<String> words = new CharArrayMap<>(64, false);
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
    CharArraySet stopwords = CharArraySet.unmodifiableSet(stop);
    CharArraySet protect = new CharArraySet(lex.protect(), false);
    for (Taxonomy.Regency r : taxonomy.regencies.values()) {
      addWords(protect, r.name());
      r.aliases().forEach(a -> addWords(protect, a));
    }
    this.steps = new NormalizeFilter.Steps(words, stopwords, protect, overrides(lex.stems()));
    List<Group> groups = groups(lex.synonyms(), normalising(steps));
    SynonymGroupFilter.Groups indexGroups = indexGroups(groups);
    SynonymMap querySynonyms = querySynonyms(groups);
    this.index =
        chain(source -> new SynonymGroupFilter(new NormalizeFilter(source, steps), indexGroups));
    this.query =
        chain(
            source ->
                querySynonyms.fst == null
                    ? new NormalizeFilter(source, steps)
                    : new SynonymGraphFilter(
                        new NormalizeFilter(source, steps), querySynonyms, true));
    this.spell = chain(LowerCaseFilter::new);
    this.fingerprint = fingerprint(words, stopwords, protect, lex.stems(), lex.synonyms());
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

  /** The word map (krj → kerja), the first thing done to a word. */
  CharArrayMap<String> words() {
    return steps.words();
  }

  /** Lucene's Indonesian stop words less the kept ones, plus the taxonomy's own. */
  CharArraySet stopwords() {
    return steps.stopwords();
  }

  /**
   * Words one at a time through {@link NormalizeFilter}, as the chains see them before synonyms.
   */
  static Analyzer normalising(NormalizeFilter.Steps steps) {
    return chain(source -> new NormalizeFilter(source, steps));
  }

  /** The standard tokenizer, then the given filters. */
  static Analyzer chain(Function<Tokenizer, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
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

  /** One synonym group: its term and its entries, each as normalised words. */
  private record Group(String term, List<List<String>> entries) {}

  /**
   * The synonym groups: "a, b, c" is one group; "a, b => c" reads a and b as c. Each group is one
   * term (its first or target entry, words joined by "_", so "cleaning service" is {@code
   * cleaning_service}). The index adds it next to an entry's own words (so "store" still finds
   * "crew store"); a query reads an entry as that term instead of its words.
   */
  private static List<Group> groups(List<String> rules, Analyzer normalise) {
    List<Group> groups = new ArrayList<>();
    for (String rule : rules) {
      String[] sides = rule.split("=>", 2);
      List<List<String>> entries = new ArrayList<>();
      for (String side : sides) {
        for (String entry : side.split(",")) {
          List<String> words = tokens(normalise, "rule", entry);
          if (words.isEmpty()) {
            throw new IllegalArgumentException(
                "synonym rules: '" + entry.strip() + "' in '" + rule + "' is only stop words");
          }
          entries.add(words);
        }
      }
      List<String> named = sides.length == 2 ? entries.get(entries.size() - 1) : entries.get(0);
      String term = String.join("_", named);
      // the group's own one-word term stays what it is
      entries.removeIf(e -> e.size() == 1 && e.get(0).equals(term));
      groups.add(new Group(term, entries));
    }
    return groups;
  }

  private static SynonymGroupFilter.Groups indexGroups(List<Group> groups) {
    CharArrayMap<String> entries = new CharArrayMap<>(64, false);
    CharArraySet lastWords = new CharArraySet(16, false);
    int longest = 1;
    for (Group g : groups) {
      for (List<String> entry : g.entries()) {
        entries.put(String.join(" ", entry), g.term());
        if (entry.size() > 1) {
          lastWords.add(entry.get(entry.size() - 1));
          longest = Math.max(longest, entry.size());
        }
      }
    }
    return new SynonymGroupFilter.Groups(entries, lastWords, longest);
  }

  private static SynonymMap querySynonyms(List<Group> groups) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    for (Group g : groups) {
      for (List<String> entry : g.entries()) {
        CharsRef input =
            SynonymMap.Builder.join(entry.toArray(String[]::new), new CharsRefBuilder());
        builder.add(input, new CharsRef(g.term()), false);
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fingerprint(
      CharArrayMap<String> words,
      CharArraySet stop,
      CharArraySet protect,
      Map<String, String> stems,
      List<String> synonyms) {
    // v5: synonym groups are indexed as one term each, and positions are no longer kept
    StringBuilder all = new StringBuilder("analysis-v5|");
    Map<String, String> sortedWords = new TreeMap<>();
    words.forEach((k, v) -> sortedWords.put(new String((char[]) k), v));
    all.append(sortedWords).append('|');
    all.append(sorted(stop)).append('|').append(sorted(protect)).append('|');
    all.append(new TreeMap<>(stems)).append('|').append(synonyms);
    return Sha256.hex(all.toString(), 12);
  }

  private static TreeSet<String> sorted(CharArraySet set) {
    TreeSet<String> out = new TreeSet<>();
    for (Object o : set) {
      out.add(new String((char[]) o));
    }
    return out;
  }
}
