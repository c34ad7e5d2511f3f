package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet hours and digest times, in WIB (UTC+7): alerts are deferred, never dropped. */
class ScheduleTests {

  static final Schedule WIB =
      new Schedule(
          ZoneId.of("Asia/Jakarta"), LocalTime.of(21, 0), LocalTime.of(7, 0), DayOfWeek.MONDAY);

  @ParameterizedTest(name = "{0} WIB -> {1} WIB")
  @CsvSource({
    "2026-11-28T10:00, 2026-11-28T10:00", // daytime: right away
    "2026-11-28T20:59, 2026-11-28T20:59",
    "2026-11-28T21:00, 2026-11-29T07:00", // quiet from 21:00 to the next morning
    "2026-11-28T23:30, 2026-11-29T07:00",
    "2026-11-29T03:00, 2026-11-29T07:00", // after midnight: the same morning
    "2026-11-29T06:59, 2026-11-29T07:00",
    "2026-11-29T07:00, 2026-11-29T07:00"
  })
  void instantAlertsWaitForTheEndOfQuietHours(String local, String expected) {
    assertThat(WIB.due(Frequency.INSTANT, 18, wib(local))).isEqualTo(wib(expected));
  }

  @ParameterizedTest(name = "daily at {1}h, now {0} -> {2}")
  @CsvSource({
    "2026-11-28T10:00, 18, 2026-11-28T18:00",
    "2026-11-28T18:00, 18, 2026-11-28T18:00",
    "2026-11-28T18:01, 18, 2026-11-29T18:00",
    "2026-11-28T10:00, 7, 2026-11-29T07:00",
    "2026-11-28T10:00, 23, 2026-11-29T07:00" // a digest hour in quiet hours waits for morning
  })
  void dailyDigestsComeAtTheChosenHour(String now, int hour, String expected) {
    assertThat(WIB.due(Frequency.DAILY, hour, wib(now))).isEqualTo(wib(expected));
  }

  @ParameterizedTest(name = "weekly, now {0} -> {1}")
  @CsvSource({
    "2026-11-28T10:00, 2026-11-30T19:00", // Saturday -> Monday
    "2026-11-30T18:00, 2026-11-30T19:00", // Monday before the hour: today
    "2026-11-30T19:30, 2026-12-07T19:00" // Monday after the hour: next week
  })
  void weeklyDigestsComeOnTheDay(String now, String expected) {
    assertThat(WIB.due(Frequency.WEEKLY, 19, wib(now))).isEqualTo(wib(expected));
  }

  @ParameterizedTest
  @CsvSource({"2026-11-28T16:59:59Z, 2026-11-28", "2026-11-28T17:00:00Z, 2026-11-29"})
  void theDayOfTheCapIsTheLocalDay(String utc, String day) {
    assertThat(WIB.day(Instant.parse(utc))).hasToString(day);
  }

  static Instant wib(String local) {
    return java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
  }
}
