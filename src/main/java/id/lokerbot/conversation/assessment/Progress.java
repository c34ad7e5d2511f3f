package id.lokerbot.conversation.assessment;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a person is in an assessment, kept in their dialogue values so they can stop and continue
 * later: {@code interestAnswers} / {@code readinessAnswers} hold one digit per answered item (the
 * chosen answer, 1 = first), {@code assessmentKind} the check in progress, and {@code
 * assessmentDone} / {@code assessmentTotal} the counts the resume question shows.
 */
final class Progress {

  static final String KIND = "assessmentKind";
  static final String DONE = "assessmentDone";
  static final String TOTAL = "assessmentTotal";

  /** The top interest types of the last result ({@code S,E}), for suggestions in this chat. */
  static final String INTEREST_TOP = "interestTop";

  /** Their names ("Penolong (Sosial) dan Penggerak (Wirausaha)"), for the suggestion lists. */
  static final String INTEREST_NAMES = "interestNames";

  /** Ranking preferences of the last interest result, for suggested vacancies and trainings. */
  static final String INTEREST_PREFER = "interestPrefer";

  /** The catalogue words of the readiness areas that can still grow, for suggested trainings. */
  static final String READINESS_LOOKUP = "readinessLookup";

  /** The regency code in the person's profile, when they gave one. */
  static final String PROFILE_REGENCY = "profileRegency";

  private static final List<String> KINDS = List.of(Instrument.INTEREST, Instrument.READINESS);

  private Progress() {}

  static String answersKey(String kind) {
    return kind + "Answers";
  }

  /** The answers so far; none when nothing is saved or what is saved no longer fits the scale. */
  static List<Integer> answers(Turn turn, Instrument instrument) {
    String saved = turn.value(answersKey(instrument.kind()));
    List<Integer> answers = new ArrayList<>();
    if (saved == null) {
      return answers;
    }
    for (char c : saved.toCharArray()) {
      int position = c - '1';
      if (position < 0 || position >= instrument.scale().size()) {
        return new ArrayList<>();
      }
      answers.add(position);
    }
    return answers;
  }

  /** Saves the answers and marks this check as the one in progress. */
  static void save(Turn turn, Instrument instrument, List<Integer> answers) {
    StringBuilder digits = new StringBuilder();
    answers.forEach(a -> digits.append((char) ('1' + a)));
    turn.save(answersKey(instrument.kind()), digits.toString());
    turn.save(KIND, instrument.kind());
    turn.save(DONE, String.valueOf(answers.size()));
    turn.save(TOTAL, String.valueOf(instrument.items().size()));
    SharedProgress.touch(turn);
  }

  /**
   * Forgets the answers of one check. When another check is still half-way, it becomes the one in
   * progress, so the assessment menu offers to continue it.
   */
  static void clear(Turn turn, String kind, java.util.function.Function<String, Instrument> find) {
    turn.forget(answersKey(kind));
    turn.forget(KIND);
    turn.forget(DONE);
    turn.forget(TOTAL);
    SharedProgress.touch(turn);
    for (String other : KINDS) {
      if (!other.equals(kind) && turn.value(answersKey(other)) != null) {
        Instrument instrument = find.apply(other);
        List<Integer> answers = answers(turn, instrument);
        if (!answers.isEmpty() && answers.size() < instrument.items().size()) {
          save(turn, instrument, answers);
        }
      }
    }
  }
}
