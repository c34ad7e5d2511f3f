package id.lokerbot.catalog;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.fst.FST;

/**
 * Turns one word into its search term, in one step: lower case → word map (krj → kerja) → stop
 * words (dropped) → protected words (kept whole) → stem overrides → Indonesian stemmer. Each step
 * depends on the word alone, so the result is remembered: a catalogue repeats the same few thousand
 * words, and looking one up is far cheaper than running five filters on it (indexing speed).
 */
final class NormalizeFilter extends FilteringTokenFilter {

  /** Enough for a catalogue's vocabulary; rarer words beyond it are simply worked out each time. */
  private static final int REMEMBERED = 20_000;

  private static final char[] DROP = new char[0];

  /** What the steps are made of: shared by every filter of one analysis. */
  record Steps(
      CharArrayMap<String> words,
      CharArraySet stopwords,
      CharArraySet protect,
      StemmerOverrideMap overrides) {}

  private final Steps steps;
  private final CharArrayMap<char[]> remembered = new CharArrayMap<>(1024, false);
  private final IndonesianStemmer stemmer = new IndonesianStemmer();
  private final FST.BytesReader overrideReader;
  private final FST.Arc<BytesRef> arc = new FST.Arc<>();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  NormalizeFilter(TokenStream input, Steps steps) {
    super(input);
    this.steps = steps;
    this.overrideReader = steps.overrides().getBytesReader();
  }

  @Override
  protected boolean accept() throws java.io.IOException {
    char[] out = remembered.get(term.buffer(), 0, term.length());
    if (out == null) {
      String raw = term.toString();
      out = normalize(raw.toCharArray());
      if (remembered.size() < REMEMBERED) {
        remembered.put(raw, out);
      }
    }
    if (out == DROP) {
      return false;
    }
    term.copyBuffer(out, 0, out.length);
    return true;
  }

  private char[] normalize(char[] word) throws java.io.IOException {
    CharacterUtils.toLowerCase(word, 0, word.length);
    String mapped = steps.words().get(word, 0, word.length);
    if (mapped != null) {
      word = mapped.toCharArray();
    }
    if (steps.stopwords().contains(word, 0, word.length)) {
      return DROP;
    }
    if (steps.protect().contains(word, 0, word.length)) {
      return word;
    }
    BytesRef override = steps.overrides().get(word, word.length, arc, overrideReader);
    if (override != null) {
      return override.utf8ToString().toCharArray();
    }
    char[] buffer = word.clone();
    int length = stemmer.stem(buffer, buffer.length, true);
    return java.util.Arrays.copyOf(buffer, length);
  }
}
