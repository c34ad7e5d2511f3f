package id.lokerbot.conversation.assessment;

import id.lokerbot.conversation.engine.Turn;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The assessment progress one person shares across their linked addresses: where they are in each
 * check and the last results' suggestions. Dialogue state is kept per address; when the person
 * comes to the checks (or links an address), the newest progress of their addresses is taken, so a
 * check started on Telegram continues on WhatsApp where it stopped.
 */
public final class SharedProgress {

  /** When the progress last changed (an answer, a finished or restarted check). */
  static final String AT = "assessmentAt";

  static final List<String> KEYS =
      List.of(
          "interestAnswers",
          "readinessAnswers",
          Progress.KIND,
          Progress.DONE,
          Progress.TOTAL,
          AT,
          Progress.INTEREST_TOP,
          Progress.INTEREST_NAMES,
          Progress.INTEREST_PREFER,
          Progress.READINESS_LOOKUP);

  private SharedProgress() {}

  /**
   * Takes the other address's progress when it changed after this one's.
   *
   * @param other the dialogue values of another address of the same person
   * @return whether anything was taken
   */
  public static boolean takeNewer(Turn turn, Map<String, String> other) {
    Instant theirs = at(other.get(AT));
    if (theirs == null) {
      return false;
    }
    Instant ours = at(turn.value(AT));
    if (ours != null && !theirs.isAfter(ours)) {
      return false;
    }
    for (String key : KEYS) {
      String value = other.get(key);
      if (value == null) {
        turn.forget(key);
      } else {
        turn.save(key, value);
      }
    }
    return true;
  }

  static void touch(Turn turn) {
    turn.save(AT, turn.now().toString());
  }

  private static Instant at(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
