package id.lokerbot.alert;

import java.util.Locale;

/** How often a subscription's alerts go out. */
public enum Frequency {
  /** One message per new offer, as soon as quiet hours and the daily cap allow. */
  INSTANT,
  /** One message a day at the person's hour, listing the best new offers. */
  DAILY,
  /** One message a week. */
  WEEKLY;

  /** Lower-case name used in saved values and the database ({@code daily}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Frequency of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
