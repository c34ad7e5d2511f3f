package id.lokerbot.catalog;

/** The two kinds of offer in the catalogue. */
public enum Kind {
  VACANCY,
  TRAINING;

  /** Lower-case name used in index keys, URLs and saved values ({@code vacancy}). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Kind of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
