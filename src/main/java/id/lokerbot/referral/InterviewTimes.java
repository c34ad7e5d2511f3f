package id.lokerbot.referral;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Interview times as people read them, in Central Java time. */
public final class InterviewTimes {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private InterviewTimes() {}

  /**
   * {@code 2026-12-03T09:00:00+07:00} becomes "3 Desember 2026, 09.00 WIB" or "3 December 2026,
   * 09:00 WIB"; anything unreadable is shown as given.
   */
  public static String format(String iso, String language) {
    try {
      OffsetDateTime at = OffsetDateTime.parse(iso).atZoneSameInstant(JAKARTA).toOffsetDateTime();
      boolean id = "id".equals(language);
      DateTimeFormatter f =
          DateTimeFormatter.ofPattern(
              id ? "d MMMM yyyy, HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'",
              id ? Locale.forLanguageTag("id") : Locale.ENGLISH);
      return at.format(f);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
