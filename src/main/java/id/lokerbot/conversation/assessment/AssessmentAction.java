package id.lokerbot.conversation.assessment;

import id.lokerbot.assessment.chat.AssessmentCompleted;
import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.assessment.chat.Instruments;
import id.lokerbot.assessment.chat.InterestFit;
import id.lokerbot.assessment.chat.InterestProfile;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.assessment.chat.ReadinessProfile;
import id.lokerbot.assessment.chat.Scoring;
import id.lokerbot.catalog.CatalogSearch;
import id.lokerbot.catalog.Kind;
import id.lokerbot.catalog.SearchRequest;
import id.lokerbot.catalog.SearchResult;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.TextMatch;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.conversation.search.OfferText;
import id.lokerbot.conversation.search.Preferences;
import id.lokerbot.platform.EditDistance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Runs one check from {@code content/assessments/}: asks its items one at a time ("Pertanyaan 4
 * dari 30"), keeps each answer in the dialogue values (so the person can stop and continue), then
 * explains the result and goes to {@code next}. The result is stored only when the person agreed
 * that we keep their answers ({@code consent} is {@code yes}). It leaves what the suggestions after
 * it need in the dialogue values: the interest ranking preferences, the readiness lookup words and
 * the person's regency (see {@link Progress}).
 *
 * <pre>{@code
 * - id: interest
 *   action: assessment
 *   with: { kind: interest }
 *   next: interest-done
 * }</pre>
 */
@Component
class AssessmentAction implements ActionHandler {

  static final String CONSENT = "consent";

  private final Instruments instruments;
  private final Profiles profiles;
  private final CatalogSearch catalog;

  AssessmentAction(Instruments instruments, Profiles profiles, CatalogSearch catalog) {
    this.instruments = instruments;
    this.profiles = profiles;
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "assessment";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    Instrument instrument = instruments.get(params.get("kind"));
    List<Integer> answers = Progress.answers(turn, instrument);
    if (answers.size() >= instrument.items().size()) {
      return finish(turn, instrument, answers, next);
    }
    if (answers.isEmpty()) {
      turn.say("assessment." + instrument.kind() + ".intro");
    } else {
      turn.say("assessment.continuing", Map.of("n", String.valueOf(answers.size() + 1)));
    }
    Progress.save(turn, instrument, answers);
    ask(turn, instrument, answers.size());
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    Instrument instrument = instruments.get(params.get("kind"));
    List<Integer> answers = Progress.answers(turn, instrument);
    int chosen = pick(answer, candidates(instrument));
    if (chosen < 0) {
      turn.say("assessment." + instrument.kind() + ".invalid");
      ask(turn, instrument, answers.size());
      return Step.waitForAnswer();
    }
    answers.add(chosen);
    if (answers.size() < instrument.items().size()) {
      Progress.save(turn, instrument, answers);
      ask(turn, instrument, answers.size());
      return Step.waitForAnswer();
    }
    return finish(turn, instrument, answers, next);
  }

  private Step finish(Turn turn, Instrument instrument, List<Integer> answers, String next) {
    Map<String, Integer> scores;
    ResultText text = new ResultText(turn, instrument);
    String regency = profiles.view(turn.address()).get("regency");
    if (regency != null) {
      turn.save(Progress.PROFILE_REGENCY, regency); // suggestions rank it first
    }
    if (instrument.kind().equals(Instrument.INTEREST)) {
      InterestProfile profile = Scoring.interest(instrument, answers);
      scores = profile.scores();
      turn.reply(text.interest(profile), List.of());
      turn.save(Progress.INTEREST_TOP, String.join(",", profile.top()));
      turn.save(Progress.INTEREST_NAMES, text.names(profile.top()));
      turn.save(
          Progress.INTEREST_PREFER, Preferences.text(InterestFit.preferences(instrument, profile)));
    } else {
      ReadinessProfile profile = Scoring.readiness(instrument, answers);
      scores = new LinkedHashMap<>();
      for (ReadinessProfile.Area area : profile.areas()) {
        scores.put(area.key(), area.score());
      }
      turn.reply(text.readiness(profile, this::training), List.of());
      turn.save(
          Progress.READINESS_LOOKUP,
          String.join(
              " ",
              profile.tips().stream()
                  .map(k -> instrument.group(k).orElseThrow().lookup())
                  .toList()));
    }
    Progress.clear(turn, instrument.kind(), instruments::get);
    if ("yes".equals(turn.value(CONSENT))) {
      turn.publish(
          new AssessmentCompleted(
              turn.address(),
              instrument.kind(),
              Collections.unmodifiableMap(new LinkedHashMap<>(scores)),
              turn.now()));
      turn.say("assessment." + instrument.kind() + ".result.saved");
    } else {
      turn.say("assessment.result.not-saved");
    }
    return Step.go(next);
  }

  /** The best training for a readiness area's lookup words, near the person when we know where. */
  private Optional<String> training(Turn turn, Instrument.Group area) {
    SearchResult found =
        catalog.search(
            SearchRequest.of(area.lookup())
                .withKind(Kind.TRAINING)
                .withHome(turn.value(Progress.PROFILE_REGENCY))
                .withPage(0, 1));
    return found.hits().stream().findFirst().map(OfferText::line);
  }

  private void ask(Turn turn, Instrument instrument, int index) {
    String language = turn.language();
    Instrument.Item item = instrument.items().get(index);
    String question =
        turn.text(
            "assessment." + instrument.kind() + ".item",
            Map.of(
                "n", String.valueOf(index + 1),
                "total", String.valueOf(instrument.items().size()),
                "item", item.text().in(language)));
    turn.reply(question, instrument.scale().stream().map(o -> o.label().in(language)).toList());
  }

  /**
   * The engine's forgiving match; when that finds none or several, the one answer whose words are
   * uniquely closest to what was typed ("suak" is "suka", not "tidak suka").
   */
  static int pick(Answer answer, List<List<String>> candidates) {
    int chosen = TextMatch.choose(answer, candidates);
    String text = TextMatch.normalise(answer.text());
    if (chosen >= 0 || text.isEmpty() || text.matches("\\d+")) {
      return chosen;
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    boolean unique = false;
    for (int i = 0; i < candidates.size(); i++) {
      for (String phrase : candidates.get(i)) {
        int d = EditDistance.of(TextMatch.normalise(phrase), text);
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
          unique = true;
        } else if (d == bestDistance && best != i) {
          unique = false;
        }
      }
    }
    return unique && bestDistance <= Math.max(1, text.length() / 4) ? best : -1;
  }

  /** For each answer on the scale: its label in every language and its extra words. */
  private static List<List<String>> candidates(Instrument instrument) {
    List<List<String>> all = new ArrayList<>();
    for (Instrument.ScaleOption option : instrument.scale()) {
      List<String> words = new ArrayList<>(option.label().byLanguage().values());
      words.addAll(option.also());
      all.add(words);
    }
    return all;
  }
}
