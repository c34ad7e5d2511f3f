package id.lokerbot.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What the numbers cover: stages reached in {@code [from, to]} (whole days, UTC; either may be
 * open), by people of one regency, and for partner stages one partner.
 */
record ReportFilter(LocalDate from, LocalDate to, String regency, String partner) {

  static final ReportFilter ALL = new ReportFilter(null, null, null, null);

  ReportFilter {
    regency = blankToNull(regency);
    partner = blankToNull(partner);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to is before from");
    }
  }

  /** From request parameters; blank means no filter, a malformed date is a 400. */
  static ReportFilter of(String from, String to, String regency, String partner) {
    return new ReportFilter(date("from", from), date("to", to), regency, partner);
  }

  java.sql.Timestamp fromInclusive() {
    return from == null
        ? null
        : java.sql.Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  java.sql.Timestamp toExclusive() {
    return to == null
        ? null
        : java.sql.Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The filter as a query string, for links (CSV downloads keep the filter). */
  String query() {
    StringBuilder q = new StringBuilder();
    append(q, "from", from == null ? null : from.toString());
    append(q, "to", to == null ? null : to.toString());
    append(q, "regency", regency);
    append(q, "partner", partner);
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null) {
      q.append(q.isEmpty() ? "?" : "&")
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2025-01-31");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
