package id.lokerbot.assessment.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns answers into results. Plain Java: no Spring, no stores. */
public final class Scoring {

  private Scoring() {}

  /**
   * Points per interest type, the types to show, and the ties that mattered.
   *
   * <p>Types rank by points; equal points rank by how many items of the type were answered with the
   * top of the scale ("suka"), then by the fixed RIASEC order. The top two are shown, and the third
   * as well when it has as many points as the second, so a tie at the cut is never hidden.
   *
   * @param answers the chosen scale position (0 = first answer) of each item, in item order
   */
  public static InterestProfile interest(Instrument instrument, List<Integer> answers) {
    Map<String, Integer> scores = points(instrument, answers);
    Map<String, Integer> likes = new LinkedHashMap<>();
    instrument.groups().forEach(g -> likes.put(g.key(), 0));
    int best = instrument.scale().stream().mapToInt(Instrument.ScaleOption::score).max().orElse(0);
    for (int i = 0; i < answers.size() && i < instrument.items().size(); i++) {
      if (instrument.scale().get(answers.get(i)).score() == best) {
        likes.merge(instrument.items().get(i).group(), 1, Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(scores.keySet());
    List<String> ranking = new ArrayList<>(order);
    ranking.sort(
        Comparator.comparing((String t) -> -scores.get(t))
            .thenComparing(t -> -likes.get(t))
            .thenComparing(order::indexOf));
    List<String> top = new ArrayList<>(ranking.subList(0, Math.min(2, ranking.size())));
    if (ranking.size() > 2 && scores.get(ranking.get(2)).equals(scores.get(ranking.get(1)))) {
      top.add(ranking.get(2));
    }
    List<String> tied = new ArrayList<>();
    for (String type : ranking) {
      boolean sharesWithShown =
          top.stream().anyMatch(t -> !t.equals(type) && scores.get(t).equals(scores.get(type)));
      if (sharesWithShown) {
        tied.add(type);
      }
    }
    int highest = scores.get(ranking.get(0));
    return new InterestProfile(
        scores,
        List.copyOf(ranking),
        List.copyOf(top),
        List.copyOf(tied),
        highest >= instrument.strongFrom());
  }

  /**
   * Points and level per readiness area, and the areas that get a tip: those whose level has tips,
   * lowest points first, then in content order, at most {@code maxTips}.
   */
  public static ReadinessProfile readiness(Instrument instrument, List<Integer> answers) {
    Map<String, Integer> scores = points(instrument, answers);
    List<ReadinessProfile.Area> areas = new ArrayList<>();
    List<ReadinessProfile.Area> withTips = new ArrayList<>();
    scores.forEach(
        (area, score) -> {
          Instrument.Level level = instrument.levels().get(0);
          for (Instrument.Level l : instrument.levels()) {
            if (score >= l.from()) {
              level = l;
            }
          }
          ReadinessProfile.Area result = new ReadinessProfile.Area(area, score, level.key());
          areas.add(result);
          if (level.tips()) {
            withTips.add(result);
          }
        });
    List<String> tips =
        withTips.stream()
            .sorted(Comparator.comparingInt(ReadinessProfile.Area::score))
            .limit(instrument.maxTips())
            .map(ReadinessProfile.Area::key)
            .toList();
    return new ReadinessProfile(List.copyOf(areas), tips);
  }

  /** Points per group in content order; answers beyond the items are ignored. */
  static Map<String, Integer> points(Instrument instrument, List<Integer> answers) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    instrument.groups().forEach(g -> scores.put(g.key(), 0));
    for (int i = 0; i < answers.size() && i < instrument.items().size(); i++) {
      int score = instrument.scale().get(answers.get(i)).score();
      scores.merge(instrument.items().get(i).group(), score, Integer::sum);
    }
    return scores;
  }
}
