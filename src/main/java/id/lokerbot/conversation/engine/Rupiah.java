package id.lokerbot.conversation.engine;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as people write it in a chat ("500rb", "1,5 jt", "Rp 750.000", "2 juta
 * sebulan"), so a question with choices for amounts ({@code rupiah: [from, to]} on each choice)
 * takes the amount itself instead of asking again for the number of a choice.
 */
final class Rupiah {

  /** A choice's amounts, both ends included. */
  record Range(long from, long to) {
    boolean contains(long amount) {
      return amount >= from && amount <= to;
    }
  }

  /**
   * The whole answer is one amount: an optional "Rp", digits with dots or commas, an optional unit
   * and an optional "a month". Anything more ("lebih dari 2 juta") is left to the labels.
   */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?:rp\\.?\\s*)?(\\d+(?:[.,]\\d+)*)\\s*(rb|ribu|k|jt|juta)?(?:\\s*-?an)?"
              + "(?:\\s*(?:per\\s*bulan|per\\s*bln|/\\s*bulan|/\\s*bln|sebulan|a\\s+month"
              + "|per\\s+month|monthly))?\\.?");

  private static final Pattern WORDS =
      Pattern.compile("(sejuta|satu juta|setengah juta)(?:\\s*-?an)?(?:\\s*sebulan)?");

  private Rupiah() {}

  /** The amount the whole text names, if it names one. */
  static OptionalLong read(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher words = WORDS.matcher(t);
    if (words.matches()) {
      return OptionalLong.of(words.group(1).startsWith("setengah") ? 500_000 : 1_000_000);
    }
    Matcher m = AMOUNT.matcher(t);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    String digits = m.group(1);
    String unit = m.group(2);
    if (unit == null) {
      // no unit: dots and commas group thousands; a small number is a choice's number, not money
      long amount = whole(digits);
      return amount == 0 || amount >= 1_000 ? OptionalLong.of(amount) : OptionalLong.empty();
    }
    long times = unit.equals("jt") || unit.equals("juta") ? 1_000_000 : 1_000;
    return OptionalLong.of(Math.round(number(digits) * times));
  }

  /** Before a unit, "1,5" and "1.5" are one and a half; "1.500" is still fifteen hundred. */
  private static double number(String digits) {
    int separator = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    if (separator > 0 && digits.length() - separator - 1 < 3) {
      return whole(digits.substring(0, separator))
          + Double.parseDouble("0." + digits.substring(separator + 1));
    }
    return whole(digits);
  }

  private static long whole(String digits) {
    String plain = digits.replace(".", "").replace(",", "");
    return plain.length() > 15 ? Long.MAX_VALUE : Long.parseLong(plain);
  }
}
