package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.Regencies;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.content.ContentService;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.TextMatch;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Maps the place the person typed to a regency and confirms it ("Maksudnya Kab. Semarang?"), or
 * lets them pick when it could be several (Kab. or Kota Semarang). Unknown places go back to {@code
 * retry}.
 *
 * <pre>{@code
 * - id: regency
 *   action: profile-regency
 *   with: { retry: q-regency, done: show }
 *   next: q-education
 * }</pre>
 */
@Component
class ProfileRegencyAction implements ActionHandler {

  static final String OPTIONS = "profileRegencyOptions";
  private static final int MOST = 5;

  private final ContentService content;
  private final Profiles profiles;

  ProfileRegencyAction(ContentService content, Profiles profiles) {
    this.content = content;
    this.profiles = profiles;
  }

  @Override
  public String name() {
    return "profile-regency";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String typed = turn.value(ProfileAnswers.VALUE);
    turn.forget(ProfileAnswers.VALUE);
    if (typed == null) {
      return ProfileAnswers.after(turn, params, "regency", next); // skipped
    }
    List<Regencies.Regency> found = regencies().match(typed);
    if (found.isEmpty()) {
      turn.say("profile.regency.unknown");
      return Step.go(params.get("retry"));
    }
    turn.save(
        OPTIONS,
        String.join(",", found.stream().limit(MOST).map(Regencies.Regency::code).toList()));
    return ask(turn);
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    List<Regencies.Regency> options = options(turn);
    if (options.isEmpty()) {
      return Step.go(params.get("retry"));
    }
    List<List<String>> candidates = new ArrayList<>();
    if (options.size() == 1) {
      candidates.add(words(turn, "profile.choice.yes", "ya", "iya", "y", "betul", "benar", "yes"));
      candidates.add(words(turn, "profile.choice.no", "bukan", "tidak", "salah", "no", "n"));
    } else {
      options.forEach(r -> candidates.add(List.of(r.label(), r.name())));
      candidates.add(words(turn, "profile.regency.none-of-these", "bukan", "tidak", "no"));
    }
    int chosen = TextMatch.choose(answer, candidates);
    if (chosen < 0) {
      turn.say("common.invalid-choice");
      return ask(turn);
    }
    turn.forget(OPTIONS);
    Regencies.Regency picked =
        options.size() == 1
            ? (chosen == 0 ? options.get(0) : null)
            : chosen < options.size() ? options.get(chosen) : null;
    if (picked == null) {
      return Step.go(params.get("retry"));
    }
    ProfileAnswers.keep(turn, profiles, "regency", picked.code());
    return ProfileAnswers.after(turn, params, "regency", next);
  }

  private Step ask(Turn turn) {
    List<Regencies.Regency> options = options(turn);
    if (options.size() == 1) {
      turn.reply(
          turn.text("profile.regency.confirm", Map.of("regency", options.get(0).label())),
          List.of(turn.text("profile.choice.yes"), turn.text("profile.choice.no")));
    } else {
      List<String> labels =
          new ArrayList<>(options.stream().map(Regencies.Regency::label).toList());
      labels.add(turn.text("profile.regency.none-of-these"));
      turn.reply(turn.text("profile.regency.which"), labels);
    }
    return Step.waitForAnswer();
  }

  private List<Regencies.Regency> options(Turn turn) {
    String saved = turn.value(OPTIONS);
    if (saved == null || saved.isBlank()) {
      return List.of();
    }
    Regencies all = regencies();
    return Arrays.stream(saved.split(",")).flatMap(c -> all.byCode(c).stream()).toList();
  }

  private static List<String> words(Turn turn, String key, String... more) {
    List<String> words = new ArrayList<>(List.of(more));
    words.add(turn.text(key));
    return words;
  }

  private Regencies regencies() {
    return Regencies.of(content.current());
  }
}
