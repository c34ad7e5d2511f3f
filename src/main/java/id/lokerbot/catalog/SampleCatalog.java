package id.lokerbot.catalog;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample catalogue in {@code content/catalog/}. Its dates are relative (postedDaysAgo,
 * closesInDays, startsInDays) so the samples stay current whenever they are loaded.
 */
final class SampleCatalog {

  static final String VACANCIES = "catalog/sample-vacancies.yaml";
  static final String TRAININGS = "catalog/sample-trainings.yaml";

  private SampleCatalog() {}

  static List<Map<String, Object>> vacancies(Content content, LocalDate today) {
    return records(content, VACANCIES, "vacancies", today);
  }

  static List<Map<String, Object>> trainings(Content content, LocalDate today) {
    return records(content, TRAININGS, "trainings", today);
  }

  private static List<Map<String, Object>> records(
      Content content, String file, String key, LocalDate today) {
    List<Map<String, Object>> out = new ArrayList<>();
    ContentDocument doc = content.document(file).orElse(null);
    if (doc == null) {
      return out;
    }
    for (Object o : doc.list(key)) {
      if (!(o instanceof Map<?, ?> raw)) {
        out.add(Map.of());
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      raw.forEach((k, v) -> m.put(String.valueOf(k), v));
      relative(m, "postedDaysAgo", "postedOn", today, -1);
      relative(m, "closesInDays", "closesOn", today, 1);
      relative(m, "startsInDays", "startsOn", today, 1);
      out.add(m);
    }
    return out;
  }

  private static void relative(
      Map<String, Object> m, String from, String to, LocalDate today, int sign) {
    Object days = m.remove(from);
    if (days instanceof Integer n) {
      m.put(to, today.plusDays((long) sign * n).toString());
    } else if (days != null) {
      m.put(to, "not a whole number of days: " + days);
    }
  }
}
