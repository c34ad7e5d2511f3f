package id.lokerbot.assessment.chat;

import java.util.Map;

/** A text written in every language, by language code ({@code id}, {@code en}). */
public record Localized(Map<String, String> byLanguage) {

  public Localized {
    byLanguage = Map.copyOf(byLanguage);
  }

  /** The text in the language, else in Indonesian, else any. */
  public String in(String language) {
    String text = byLanguage.get(language);
    if (text == null) {
      text = byLanguage.get("id");
    }
    return text != null ? text : byLanguage.values().stream().findFirst().orElse("");
  }

  public boolean has(String language) {
    String text = byLanguage.get(language);
    return text != null && !text.isBlank();
  }
}
