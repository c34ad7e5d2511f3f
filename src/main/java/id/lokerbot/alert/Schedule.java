package id.lokerbot.alert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When an alert may go out: never in quiet hours (deferred to their end, not dropped), digests at
 * the person's hour. Local time is WIB (Asia/Jakarta) unless set otherwise.
 */
record Schedule(ZoneId zone, LocalTime quietFrom, LocalTime quietUntil, DayOfWeek weeklyDay) {

  static Schedule of(AlertProperties p) {
    return new Schedule(p.zone(), p.quietFrom(), p.quietUntil(), p.weeklyDigestDay());
  }

  boolean quiet(Instant at) {
    LocalTime t = at.atZone(zone).toLocalTime();
    if (quietFrom.equals(quietUntil)) {
      return false;
    }
    return quietFrom.isBefore(quietUntil)
        ? !t.isBefore(quietFrom) && t.isBefore(quietUntil)
        : !t.isBefore(quietFrom) || t.isBefore(quietUntil);
  }

  /** {@code at}, or the end of the quiet hours it falls in. */
  Instant outsideQuiet(Instant at) {
    if (!quiet(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime end = local.with(quietUntil);
    if (!end.isAfter(local)) {
      end = end.plusDays(1);
    }
    return end.toInstant();
  }

  /** When an alert for a new offer is due under a subscription of this frequency. */
  Instant due(Frequency frequency, int digestHour, Instant now) {
    return switch (frequency) {
      case INSTANT -> outsideQuiet(now);
      case DAILY -> nextDigest(digestHour, now);
      case WEEKLY -> nextWeekly(digestHour, now);
    };
  }

  /** The next time (now or later) the local clock shows {@code hour}:00, outside quiet hours. */
  Instant nextDigest(int hour, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime at = local.with(LocalTime.of(hour, 0));
    if (at.isBefore(local)) {
      at = at.plusDays(1);
    }
    return outsideQuiet(at.toInstant());
  }

  Instant nextWeekly(int hour, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime at =
        local.with(TemporalAdjusters.nextOrSame(weeklyDay)).with(LocalTime.of(hour, 0));
    if (at.isBefore(local)) {
      at = at.plusWeeks(1);
    }
    return outsideQuiet(at.toInstant());
  }

  /** The local day an instant belongs to (for daily caps). */
  LocalDate day(Instant at) {
    return at.atZone(zone).toLocalDate();
  }
}
