package id.lokerbot.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index side of synonym groups: after a word, or the last word of a multi-word entry ("crew
 * store"), adds the group's term at the same position; the words themselves stay. The index keeps
 * no positions, so nothing needs the token graph Lucene's synonym filter builds, and this costs one
 * lookup per word instead of buffering every token.
 */
final class SynonymGroupFilter extends TokenFilter {

  /**
   * The entries of every group (normalised words joined by one space) and their group's term.
   * {@code lastWords} are the words that end a multi-word entry, so most words skip that check.
   */
  record Groups(CharArrayMap<String> entries, CharArraySet lastWords, int longestEntry) {}

  private final Groups groups;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /** The last few words, oldest first, to recognise multi-word entries. */
  private final List<StringBuilder> recent = new ArrayList<>();

  private final StringBuilder candidate = new StringBuilder();
  private final List<String> pending = new ArrayList<>();
  private int next;

  SynonymGroupFilter(TokenStream input, Groups groups) {
    super(input);
    this.groups = groups;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.size()) {
      term.setEmpty().append(pending.get(next++));
      position.setPositionIncrement(0);
      return true;
    }
    pending.clear();
    next = 0;
    if (!input.incrementToken()) {
      return false;
    }
    String single = groups.entries().get(term.buffer(), 0, term.length());
    if (single != null) {
      pending.add(single);
    }
    if (groups.longestEntry() > 1) {
      if (groups.lastWords().contains(term.buffer(), 0, term.length())) {
        matchEndingHere();
      }
      remember();
    }
    return true;
  }

  private void matchEndingHere() {
    candidate.setLength(0);
    candidate.append(term.buffer(), 0, term.length());
    for (int i = recent.size() - 1; i >= 0; i--) {
      candidate.insert(0, ' ').insert(0, recent.get(i));
      String group = groups.entries().get(candidate);
      if (group != null && !pending.contains(group)) {
        pending.add(group);
      }
    }
  }

  private void remember() {
    StringBuilder slot =
        recent.size() < groups.longestEntry() - 1 ? new StringBuilder() : recent.remove(0);
    slot.setLength(0);
    slot.append(term.buffer(), 0, term.length());
    recent.add(slot);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    recent.clear();
    pending.clear();
    next = 0;
  }
}
