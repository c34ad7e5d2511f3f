package id.lokerbot.referral;

import java.util.Locale;
import java.util.Optional;

/**
 * What a partner may receive about a candidate. Interest scores, functioning answers and income are
 * deliberately absent: they never go to recruiters. Accommodations go only when the person
 * explicitly chose to share them.
 */
public enum SharedField {
  NAME,
  AGE,
  REGENCY,
  EDUCATION,
  CONTACT,
  READINESS,
  ACCOMMODATIONS;

  /** The name used in content and message keys: {@code name}, {@code readiness}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SharedField> of(String key) {
    for (SharedField f : values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
