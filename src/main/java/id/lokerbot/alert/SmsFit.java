package id.lokerbot.alert;

import java.text.Normalizer;
import java.util.function.Function;

/**
 * Fits an SMS alert into one GSM-7 segment where possible (160 septets), at most two (153 each):
 * the text is kept to GSM-7 characters so it never turns into UCS-2 (70 characters), and the
 * offer's title is shortened before anything else.
 */
final class SmsFit {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
  private static final int MIN_TITLE = 12;

  private SmsFit() {}

  /** Look-alikes to GSM-7, accents off, anything else outside GSM-7 dropped. */
  static String gsm(String text) {
    String t =
        text.replaceAll("[\\u2018\\u2019\\u201A\\u201B`\\u00B4]", "'")
            .replaceAll("[\\u201C\\u201D\\u201E\\u00AB\\u00BB]", "\"")
            .replaceAll("[\\u2010-\\u2015\\u2212\\u2022]", "-")
            .replace("\u2026", "...")
            .replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\t]", " ");
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints()
        .forEach(
            cp -> {
              if (isGsm(cp)) {
                out.appendCodePoint(cp);
                return;
              }
              String base =
                  Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
              if (!base.isEmpty() && isGsm(base.codePointAt(0))) {
                out.appendCodePoint(base.codePointAt(0));
              }
            });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  static int septets(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return n;
  }

  /** Segments of a GSM-7 text (a non-GSM text is counted as UCS-2). */
  static int segments(String text) {
    boolean gsm = text.codePoints().allMatch(SmsFit::isGsm);
    int units = gsm ? septets(text) : text.length();
    int single = gsm ? 160 : 70;
    int part = gsm ? 153 : 67;
    return units <= single ? 1 : (units + part - 1) / part;
  }

  /**
   * The message {@code text} makes of the title, with the title shortened ("...") until the whole
   * fits one segment, or else two; at worst the text is cut to two segments.
   */
  static String fit(String title, Function<String, String> text) {
    String full = gsm(text.apply(gsm(title)));
    if (segments(full) <= 1) {
      return full;
    }
    String clean = gsm(title);
    for (int segments = 1; segments <= 2; segments++) {
      if (segments == 2 && segments(full) <= 2) {
        return full;
      }
      String best = null;
      int lo = MIN_TITLE;
      int hi = clean.length() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        String candidate = gsm(text.apply(clean.substring(0, mid).stripTrailing() + "..."));
        if (segments(candidate) <= segments) {
          best = candidate;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return full.substring(0, Math.min(full.length(), 300)); // two segments at most
  }

  private static boolean isGsm(int cp) {
    return cp < 0x10000
        && (GSM_BASIC.indexOf((char) cp) >= 0 || GSM_EXTENSION.indexOf((char) cp) >= 0);
  }
}
