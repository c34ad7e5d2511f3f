package id.lokerbot.conversation.engine;

import id.lokerbot.platform.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Forgiving matching of what people type against what we offer: numbers, number words, labels,
 * extra words, and close misspellings ("cri lowongan" for "Cari lowongan").
 */
public final class TextMatch {

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("satu", 1),
          Map.entry("dua", 2),
          Map.entry("tiga", 3),
          Map.entry("empat", 4),
          Map.entry("lima", 5),
          Map.entry("enam", 6),
          Map.entry("tujuh", 7),
          Map.entry("delapan", 8),
          Map.entry("sembilan", 9),
          Map.entry("sepuluh", 10),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("siji", 1),
          Map.entry("loro", 2),
          Map.entry("telu", 3),
          Map.entry("papat", 4),
          Map.entry("limo", 5),
          Map.entry("enem", 6),
          Map.entry("pitu", 7),
          Map.entry("wolu", 8),
          Map.entry("songo", 9));

  private TextMatch() {}

  /** Lower case, compatibility-folded, punctuation as spaces, spaces collapsed. */
  public static String normalise(String text) {
    // Runs several times per turn: ASCII text (most of what people type) skips the Unicode fold
    boolean ascii = isAscii(text);
    String folded =
        ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(ascii ? Character.toLowerCase(cp) : cp);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which option the answer picks, or -1 when none or more than one fit.
   *
   * @param candidates for each option, the phrases that pick it
   */
  public static int choose(Answer answer, List<List<String>> candidates) {
    int count = candidates.size();
    String payload = answer.choice();
    if (payload != null && !payload.isBlank()) {
      int n = number(normalise(payload));
      if (n >= 1 && n <= count) {
        return n - 1;
      }
    }
    String text = normalise(answer.text());
    if (text.isEmpty()) {
      return -1;
    }
    int n = number(text);
    if (n != 0) {
      return n >= 1 && n <= count ? n - 1 : -1;
    }
    int exact = unique(candidates, phrase -> normalise(phrase).equals(text));
    if (exact != -2) {
      return exact;
    }
    String[] tokens = text.split(" ");
    int byWords = unique(candidates, phrase -> everyTokenIn(tokens, normalise(phrase).split(" ")));
    if (byWords != -2) {
      return byWords;
    }
    int close =
        unique(
            candidates,
            phrase -> {
              String p = normalise(phrase);
              return !p.isEmpty()
                  && p.charAt(0) == text.charAt(0)
                  && EditDistance.of(p, text) <= Math.max(1, p.length() / 4);
            });
    return close == -2 ? -1 : close;
  }

  /**
   * Whether the whole text is a number as choices are picked, in range or not: one or two digits,
   * or a number word. Longer numbers may be something else (a code from another chat).
   */
  static boolean looksLikeAChoice(String text) {
    String t = normalise(text);
    return (isShortNumber(t) && t.length() <= 2) || NUMBER_WORDS.containsKey(t);
  }

  /**
   * Whether the text is one of the words, or a close misspelling of a longer one; both already
   * {@link #normalise normalised}.
   */
  static boolean isWord(String t, List<String> words) {
    for (String w : words) {
      if (w.equals(t)) {
        return true;
      }
      if (w.length() >= 5
          && !t.isEmpty()
          && w.charAt(0) == t.charAt(0)
          && EditDistance.of(w, t) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** 1-based number written as digits or as a word; 0 when the text is not a number. */
  private static int number(String text) {
    if (isShortNumber(text)) {
      return Integer.parseInt(text);
    }
    return NUMBER_WORDS.getOrDefault(text, 0);
  }

  /** One to three ASCII digits. */
  private static boolean isShortNumber(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The single option with a phrase that fits; -1 when several options fit; -2 when none. */
  private static int unique(
      List<List<String>> candidates, java.util.function.Predicate<String> fits) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).stream().anyMatch(fits)) {
        found.add(i);
      }
    }
    return found.isEmpty() ? -2 : found.size() == 1 ? found.get(0) : -1;
  }

  private static boolean everyTokenIn(String[] tokens, String[] phrase) {
    for (String token : tokens) {
      boolean found = false;
      for (String word : phrase) {
        if (closeWord(token, word)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Same word, or a typo of it: one edit for words of 4+ letters, two for 8+. */
  private static boolean closeWord(String typed, String word) {
    if (typed.equals(word)) {
      return true;
    }
    if (word.length() < 4 || typed.isEmpty() || typed.charAt(0) != word.charAt(0)) {
      return false;
    }
    return EditDistance.of(typed, word) <= (word.length() >= 8 ? 2 : 1);
  }
}
