package id.lokerbot.channel.twilio;

import id.lokerbot.channel.OutboundMessage;
import java.text.Normalizer;
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
    String choices =
        message.choices().stream()
            .map(c -> c.id() + ". " + normalise(c.label()))
            .collect(Collectors.joining("\n"));
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
    int[] ends = new int[text.codePointCount(0, text.length()) + 1];
    for (int i = 1, offset = 0; i < ends.length; i++) {
      offset += Character.charCount(text.codePointAt(offset));
      ends[i] = offset; // code point boundaries: never cut a surrogate pair in half
    }
    int lo = 0;
    int hi = ends.length - 1;
    while (lo < hi) { // the longest prefix that fits; segments only grow with length
      int mid = (lo + hi + 1) >>> 1;
      if (fits(text.substring(0, ends[mid]).stripTrailing() + CUT + suffix, maxSegments)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int low = ends[lo];
    String prefix = text.substring(0, low);
    int space = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
    if (space > 0 && low - space <= 20 && low < text.length()) {
      prefix = prefix.substring(0, space);
    }
    return prefix.stripTrailing() + CUT + suffix;
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
