package id.lokerbot.report;

import java.util.Locale;

/**
 * Small cells: 1 to {@code below - 1} people are shown as "&lt;5" (with the default threshold of
 * 5), so nobody can be picked out of a table. Zero identifies nobody and stays 0. A share is hidden
 * when either its part or the rest is a small group, since the share and the total would give the
 * count back.
 */
final class Suppression {

  private final int below;

  Suppression(int below) {
    this.below = below;
  }

  /** The count as it may be shown: a number, or "&lt;5". */
  Object count(long people) {
    return small(people) ? "<" + below : people;
  }

  /** {@code part} of {@code whole} in percent with one decimal, or why it is not shown. */
  String share(long part, long whole) {
    if (whole == 0) {
      return "no one recorded";
    }
    if (small(part) || small(whole - part)) {
      return "hidden (small group)";
    }
    return percent(100.0 * part / whole);
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  private boolean small(long people) {
    return people > 0 && people < below;
  }
}
