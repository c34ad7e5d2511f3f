package id.lokerbot.assessment.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One questionnaire from {@code content/assessments/}: items asked one at a time, each answered on
 * the same scale, each counting towards one group (an interest type or a readiness area).
 *
 * @param kind {@code interest} or {@code readiness}
 * @param scale the answers offered, in order (answer 1 first)
 * @param groups interest types or readiness areas, in their fixed order (used to break ties)
 * @param items in the order they are asked
 * @param levels readiness only: levels by points, lowest first; empty for interest
 * @param strongFrom interest only: a top score below this shows no strong interest yet
 * @param maxTips readiness only: at most this many tips in one result
 * @param fits interest only: the interest code (up to three types, strongest first, {@code EC}) of
 *     an ISCO-08/KBJI occupation group (1-4 digits) or a KBLI sector letter, to rank suggested
 *     vacancies and trainings; empty for readiness
 */
public record Instrument(
    String kind,
    Localized title,
    List<ScaleOption> scale,
    List<Group> groups,
    List<Item> items,
    List<Level> levels,
    int strongFrom,
    int maxTips,
    Map<String, String> fits) {

  public Instrument {
    fits = fits == null ? Map.of() : Map.copyOf(fits);
  }

  public static final String INTEREST = "interest";
  public static final String READINESS = "readiness";

  /**
   * One answer on the scale.
   *
   * @param also more words that pick it, in any language
   */
  public record ScaleOption(int score, Localized label, List<String> also) {}

  /**
   * An interest type or a readiness area. Interest types have {@code about} and {@code jobs};
   * readiness areas have {@code tip}, {@code training} (a word the person can look up) and {@code
   * lookup} (the words a matching training is looked up with in the catalogue, Indonesian).
   */
  public record Group(
      String key,
      Localized name,
      Localized about,
      Localized jobs,
      Localized tip,
      Localized training,
      String lookup) {}

  public record Item(String id, String group, Localized text) {}

  /** A readiness level reached from {@code from} points; {@code tips}: the area gets a tip. */
  public record Level(String key, int from, boolean tips, Localized label) {}

  public Optional<Group> group(String key) {
    return groups.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  /** The highest points one group can reach. */
  public int maxPerGroup() {
    int best = scale.stream().mapToInt(ScaleOption::score).max().orElse(0);
    long items = this.items.stream().filter(i -> i.group().equals(groups.get(0).key())).count();
    return (int) (best * items);
  }
}
