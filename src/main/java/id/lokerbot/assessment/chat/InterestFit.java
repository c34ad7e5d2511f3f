package id.lokerbot.assessment.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well each kind of work fits a person's interests, as ranking preferences for suggested
 * vacancies and trainings (never a filter, never shown to anyone but the person). Each type's score
 * is placed between the person's lowest (0) and highest (1) type, so a flat profile prefers
 * nothing; the fit of a work's code ({@code RC}) weighs its first type 1, the second 0.6, the third
 * 0.3. The preference is {@link #MAX} times the fit; fits below 0.1 are left out.
 */
public final class InterestFit {

  /** The largest preference: more than living in the regency (1.5) and newness (up to 1). */
  public static final float MAX = 3f;

  private static final double[] POSITION = {1.0, 0.6, 0.3};

  private InterestFit() {}

  /** Preference per occupation group or sector of {@link Instrument#fits}. */
  public static Map<String, Float> preferences(Instrument instrument, InterestProfile profile) {
    int low = profile.scores().values().stream().mapToInt(Integer::intValue).min().orElse(0);
    int high = profile.scores().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Map<String, Float> prefer = new LinkedHashMap<>();
    if (high == low) {
      return prefer;
    }
    instrument
        .fits()
        .forEach(
            (work, code) -> {
              double sum = 0;
              double weights = 0;
              for (int i = 0; i < code.length(); i++) {
                int score = profile.scores().getOrDefault(String.valueOf(code.charAt(i)), low);
                sum += POSITION[i] * (score - low) / (high - low);
                weights += POSITION[i];
              }
              double fit = sum / weights;
              if (fit >= 0.1) {
                prefer.put(work, (float) (MAX * fit));
              }
            });
    return prefer;
  }
}
