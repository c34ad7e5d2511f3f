package id.lokerbot.conversation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks for free text, checks it and saves it under {@code saveAs}. Rules: {@code text} (length
 * {@code min}..{@code max} characters), {@code number} (value {@code min}..{@code max}; "21 tahun"
 * is 21), {@code age} (an age of {@code min}..{@code max} years, or the birth year of one: "21",
 * "umur 21 tahun", "2005") or {@code pattern} (a regular expression the whole answer must match). A
 * {@code skippable} question accepts "lewati"/"skip".
 *
 * <pre>{@code
 * - id: name
 *   input: ask.name
 *   rule: { type: text, min: 1, max: 40 }
 *   skippable: true
 *   saveAs: name
 *   next: menu
 * }</pre>
 */
record Input(
    String id, String ask, Rule rule, boolean skippable, String saveAs, String next, String invalid)
    implements Node {

  static final String DEFAULT_INVALID = "common.invalid-text";
  static final Set<String> SKIP_WORDS = Set.of("lewati", "skip", "lewat", "lanjut", "-");

  /** How an answer is checked. */
  record Rule(String type, Integer min, Integer max, Pattern pattern) {
    static final Set<String> TYPES = Set.of("text", "number", "age", "pattern");

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /** What is kept of an acceptable answer (a number as digits), or null when it is not one. */
    String accepted(String text, int thisYear) {
      return switch (type) {
        case "number" -> {
          Long value = number(text);
          yield value != null && within(value) ? String.valueOf(value) : null;
        }
        case "age" -> {
          Long value = number(text);
          yield value != null && (within(value) || value >= 1000 && within(thisYear - value))
              ? String.valueOf(value)
              : null;
        }
        case "pattern" -> pattern.matcher(text).matches() ? text : null;
        default -> {
          int length = text.codePointCount(0, text.length());
          yield length >= (min == null ? 1 : min) && (max == null || length <= max) ? text : null;
        }
      };
    }

    private boolean within(long value) {
      return (min == null || value >= min) && (max == null || value <= max);
    }

    /**
     * The number in the answer: digits (dots and spaces between them group thousands), or the one
     * number among words ("21 tahun", "umur saya 21"); null when there is none or more than one.
     */
    private static Long number(String text) {
      String digits = text.replaceAll("[.\\s]", "");
      if (digits.matches("-?\\d{1,9}")) {
        return Long.parseLong(digits);
      }
      Matcher m = DIGITS.matcher(text);
      if (!m.find()) {
        return null;
      }
      String only = m.group();
      return m.find() ? null : Long.parseLong(only); // a longer run of digits is found twice
    }
  }

  @Override
  public Step enter(Turn turn) {
    turn.say(ask);
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer) {
    String text = answer.text().strip();
    if (skippable && SKIP_WORDS.contains(TextMatch.normalise(text))) {
      return Step.go(next);
    }
    String accepted = text.isEmpty() ? null : rule.accepted(text, turn.thisYear());
    if (accepted == null) {
      turn.say(invalid == null ? DEFAULT_INVALID : invalid);
      return enter(turn);
    }
    if (saveAs != null) {
      turn.save(saveAs, accepted);
    }
    return Step.go(next);
  }

  @Override
  public List<String> targets() {
    return List.of(next);
  }

  @Override
  public List<String> messageKeys() {
    List<String> keys = new ArrayList<>(List.of(ask, invalid == null ? DEFAULT_INVALID : invalid));
    return keys;
  }
}
