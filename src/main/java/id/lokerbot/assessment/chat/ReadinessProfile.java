package id.lokerbot.assessment.chat;

import java.util.List;

/**
 * A person's work-readiness self-check result.
 *
 * @param areas every area in content order, with points and level
 * @param tips areas that get a tip, weakest first, at most the instrument's {@code maxTips}
 */
public record ReadinessProfile(List<Area> areas, List<String> tips) {

  /** One area's points and the level they reach. */
  public record Area(String key, int score, String level) {}
}
