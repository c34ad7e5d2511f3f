package id.lokerbot.catalog;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces one word by another (krj → kerja, yg → yang) before stop words and stemming, so the
 * replacement is stemmed like any word. Unlike {@code StemmerOverrideFilter} it does not mark the
 * token as a keyword, and unlike synonyms it never changes positions.
 */
final class WordMapFilter extends TokenFilter {

  private final CharArrayMap<String> map;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  WordMapFilter(TokenStream input, CharArrayMap<String> map) {
    super(input);
    this.map = map;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String to = map.get(term.buffer(), 0, term.length());
    if (to != null) {
      term.setEmpty().append(to);
    }
    return true;
  }
}
