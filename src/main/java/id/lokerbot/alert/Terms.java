package id.lokerbot.alert;

import id.lokerbot.catalog.CatalogSearch;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns text into the terms matching compares: subscription keywords and the words of a new offer
 * go through the same chain, so "penjahit" in a subscription meets "jahit" in a vacancy. In the
 * application that is the catalogue's own index analysis (word map, stop words, stem overrides,
 * Indonesian stemmer); on its own (tests, benchmark) a plain Lucene Indonesian chain.
 */
@Component
class Terms {

  /**
   * {@code CoveringQuery} clauses count toward Lucene's clause limit (1024): an offer gives at most
   * this many distinct terms (title first, then the start of its text).
   */
  static final int MAX_OFFER_TERMS = 1000;

  private final Function<String, List<String>> analyse;

  @Autowired
  Terms(CatalogSearch catalog) {
    this.analyse = catalog::terms;
  }

  Terms() {
    this.analyse = this::plain;
  }

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream ts = new LowerCaseFilter(source);
          ts = new ASCIIFoldingFilter(ts);
          ts = new StopFilter(ts, IndonesianAnalyzer.getDefaultStopSet());
          ts = new IndonesianStemFilter(ts, true);
          return new TokenStreamComponents(source, ts);
        }
      };

  /** The distinct terms of a keyword text, in the order typed. */
  List<String> keywords(String text) {
    return new ArrayList<>(distinct(text, Integer.MAX_VALUE));
  }

  /** The distinct terms of an offer's title and text, at most {@link #MAX_OFFER_TERMS}. */
  Set<String> offer(String title, String text) {
    Set<String> terms = distinct(title, MAX_OFFER_TERMS);
    for (String t : distinct(text, MAX_OFFER_TERMS)) {
      if (terms.size() >= MAX_OFFER_TERMS) {
        break;
      }
      terms.add(t);
    }
    return terms;
  }

  private Set<String> distinct(String text, int max) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String t : analyse.apply(text)) {
      if (out.size() >= max) {
        break;
      }
      if (!t.isEmpty() && !t.startsWith("_") && t.indexOf(' ') < 0) {
        out.add(t);
      }
    }
    return out;
  }

  private List<String> plain(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("kw", new StringReader(text))) {
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
}
