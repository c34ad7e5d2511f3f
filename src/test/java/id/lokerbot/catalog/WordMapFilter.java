package id.lokerbot.catalog;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces one word by another (krj → kerja, yg → yang) as a filter of its own: the step-by-step
 * reference that {@link NormalizeFilter}, which does this among its other steps, is tested against.
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
