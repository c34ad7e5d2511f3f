package id.lokerbot.channel.twilio;

import id.lokerbot.channel.OutboundMessage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SMS text on a segment budget. GSM-7 fits 160 septets in one segment and 153 per part when split;
 * one character outside GSM-7 turns the whole message into UCS-2 (70, then 67 per part), about
 * three times the cost. So we replace look-alikes (curly quotes, dashes, ellipsis) with their GSM
 * equivalents, drop emoji, and cut what does not fit the budget.
 */
final class SmsText {

  enum Encoding {
    GSM7,
    UCS2
  }

  /** How a text travels: encoding, length in its units (septets or UTF-16 units), segments. */
  record Segments(Encoding encoding, int units, int segments) {}

  /** Marks text cut to fit the budget (three dots: the ellipsis character is not GSM-7). */
  static final String CUT = "...";

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** Sent as an escape plus a character: two septets each. */
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

  private static final Map<Integer, String> LOOK_ALIKES =
      Map.ofEntries(
          Map.entry(0x2018, "'"), // ‘
          Map.entry(0x2019, "'"), // ’
          Map.entry(0x201A, "'"), // ‚
          Map.entry(0x201B, "'"), // ‛
          Map.entry(0x2032, "'"), // ′
          Map.entry(0x0060, "'"), // `
          Map.entry(0x00B4, "'"), // ´
          Map.entry(0x201C, "\""), // “
          Map.entry(0x201D, "\""), // ”
          Map.entry(0x201E, "\""), // „
          Map.entry(0x201F, "\""), // ‟
          Map.entry(0x2033, "\""), // ″
          Map.entry(0x00AB, "\""), // «
          Map.entry(0x00BB, "\""), // »
          Map.entry(0x2010, "-"), // ‐
          Map.entry(0x2011, "-"), // non-breaking hyphen
          Map.entry(0x2012, "-"), // ‒
          Map.entry(0x2013, "-"), // –
          Map.entry(0x2014, "-"), // —
          Map.entry(0x2015, "-"), // ―
          Map.entry(0x2212, "-"), // minus sign
          Map.entry(0x2022, "-"), // •
          Map.entry(0x00B7, "."), // ·
          Map.entry(0x2026, "..."), // …
          Map.entry(0x2192, "->"), // →
          Map.entry(0x0009, " "), // tab
          Map.entry(0x00A0, " "), // no-break space
          Map.entry(0x2002, " "),
          Map.entry(0x2003, " "),
          Map.entry(0x2007, " "),
          Map.entry(0x2009, " "),
          Map.entry(0x200A, " "),
          Map.entry(0x202F, " "),
          Map.entry(0x200B, ""), // zero-width space
          Map.entry(0x00AD, "")); // soft hyphen

  private SmsText() {}

  /** The SMS for a message: choices as numbered lines, GSM-friendly, within the budget. */
  static String render(OutboundMessage message, int maxSegments) {
    String text = normalise(message.text());
    String choices = choices(message);
    String full = choices.isEmpty() ? text : text + "\n" + choices;
    if (fits(full, maxSegments)) {
      return full;
    }
    // Keep the choices whole when they fit next to a shortened text: they are what to answer.
    String tail = choices.isEmpty() ? "" : "\n" + choices;
    if (!tail.isEmpty() && fits(CUT + tail, maxSegments)) {
      return cut(text, tail, maxSegments);
    }
    return cut(full, "", maxSegments);
  }

  /**
   * The SMS pages for a message where people can answer SMS: each page within the budget, cut at a
   * word boundary, and every page but the last ending with {@code more} ("balas 9 untuk lanjut") on
   * a line of its own. A message that fits is one page.
   */
  static List<String> pages(OutboundMessage message, int maxSegments, String more) {
    String text = normalise(message.text());
    String choices = choices(message);
    String rest = choices.isEmpty() ? text : text + "\n" + choices;
    String suffix = "\n" + normalise(more);
    List<String> pages = new ArrayList<>();
    while (!fits(rest, maxSegments)) {
      int end = pageEnd(rest, suffix, maxSegments);
      if (end <= 0) { // the budget cannot even hold the suffix: cut as a single message
        pages.add(cut(rest, "", maxSegments));
        return pages;
      }
      pages.add(rest.substring(0, end).stripTrailing() + suffix);
      rest = rest.substring(end).strip();
    }
    pages.add(rest);
    return pages;
  }

  /** Where a page of {@code text} ends so that it plus {@code suffix} fits: at a word break. */
  private static int pageEnd(String text, String suffix, int maxSegments) {
    int[] ends = codePointEnds(text);
    int fit = longestFit(text, ends, suffix, maxSegments);
    if (fit == 0) {
      return 0;
    }
    String prefix = text.substring(0, ends[fit]);
    if (ends[fit] < text.length() && !Character.isWhitespace(text.charAt(ends[fit]))) {
      int space = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
      if (space > 0) {
        return space; // the word that did not fit starts the next page
      }
    }
    return ends[fit];
  }

  private static String choices(OutboundMessage message) {
    return message.choices().stream()
        .map(c -> c.id() + ". " + normalise(c.label()))
        .collect(Collectors.joining("\n"));
  }

  /** Replaces look-alikes with GSM characters and drops emoji; other characters stay. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String replacement = LOOK_ALIKES.get(cp);
              if (replacement != null) {
                out.append(replacement);
              } else if (isEmoji(cp)) {
                // dropped
              } else if (isGsm(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(withoutAccent(cp));
              }
            });
    // dropping emoji leaves doubled or trailing spaces behind
    return out.toString().replaceAll(" {2,}", " ").replaceAll(" +\n", "\n").strip();
  }

  static Segments count(String text) {
    boolean gsm = text.codePoints().allMatch(SmsText::isGsm);
    if (gsm) {
      int septets = 0;
      int parts = 1;
      int used = 0;
      for (int i = 0; i < text.length(); i++) {
        int cost = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        septets += cost;
        if (used + cost > 153) { // an escape pair is never split across parts
          parts++;
          used = 0;
        }
        used += cost;
      }
      return new Segments(Encoding.GSM7, septets, septets <= 160 ? 1 : parts);
    }
    int parts = 1;
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cost = Character.charCount(text.codePointAt(i));
      if (used + cost > 67) { // a surrogate pair is never split across parts
        parts++;
        used = 0;
      }
      used += cost;
      i += cost;
    }
    return new Segments(Encoding.UCS2, text.length(), text.length() <= 70 ? 1 : parts);
  }

  static boolean fits(String text, int maxSegments) {
    return count(text).segments() <= maxSegments;
  }

  /** The longest start of {@code text} (at a word break when one is near) + CUT + suffix. */
  private static String cut(String text, String suffix, int maxSegments) {
    int[] ends = codePointEnds(text);
    int low = ends[longestFit(text, ends, CUT + suffix, maxSegments)];
    String prefix = text.substring(0, low);
    int space = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
    if (space > 0 && low - space <= 20 && low < text.length()) {
      prefix = prefix.substring(0, space);
    }
    return prefix.stripTrailing() + CUT + suffix;
  }

  /** Code point boundaries of a text: a cut there never splits a surrogate pair. */
  private static int[] codePointEnds(String text) {
    int[] ends = new int[text.codePointCount(0, text.length()) + 1];
    for (int i = 1, offset = 0; i < ends.length; i++) {
      offset += Character.charCount(text.codePointAt(offset));
      ends[i] = offset;
    }
    return ends;
  }

  /** How many code points of {@code text} fit with {@code suffix} (segments grow with length). */
  private static int longestFit(String text, int[] ends, String suffix, int maxSegments) {
    int lo = 0;
    int hi = ends.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (fits(text.substring(0, ends[mid]).stripTrailing() + suffix, maxSegments)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static boolean isGsm(int cp) {
    return cp < 0x10000
        && (GSM_BASIC.indexOf((char) cp) >= 0 || GSM_EXTENSION.indexOf((char) cp) >= 0);
  }

  /** Pictographs, dingbats, flags, and the joiners and selectors that build emoji sequences. */
  private static boolean isEmoji(int cp) {
    return cp >= 0x1F000 && cp <= 0x1FAFF
        || cp >= 0x2600 && cp <= 0x27BF
        || cp >= 0x2B00 && cp <= 0x2BFF
        || cp >= 0xFE00 && cp <= 0xFE0F
        || cp == 0x200D
        || cp == 0x20E3
        || cp >= 0xE0020 && cp <= 0xE007F
        || Character.getType(cp) == Character.OTHER_SYMBOL && cp > 0xFFFF;
  }

  /** "á" becomes "a" when the bare letter is GSM; anything else is kept as it is. */
  private static String withoutAccent(int cp) {
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    int base = decomposed.codePointAt(0);
    return decomposed.length() > Character.charCount(base) && isGsm(base)
        ? new String(Character.toChars(base))
        : new String(Character.toChars(cp));
  }
}
