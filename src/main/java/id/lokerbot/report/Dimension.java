package id.lokerbot.report;

import java.util.List;

/**
 * A way to split the numbers: the SQL expression giving each person's group (over {@code
 * report_person p}; for the partner, over {@code report_partner rp}) and the groups in display
 * order (others that occur follow, sorted).
 */
enum Dimension {
  GENDER(
      "by-gender",
      "Gender",
      "coalesce(p.gender, 'not recorded')",
      List.of("female", "male", "other", "not recorded")),
  DISABILITY(
      "by-disability",
      "Disability (Washington Group: a lot of difficulty or worse in any domain)",
      "case when p.disability = true then 'with disability' when p.disability = false then"
          + " 'without disability' else 'not recorded' end",
      List.of("with disability", "without disability", "not recorded")),
  AGE_BAND(
      "by-age-band",
      "Age band",
      "case when p.age is null then 'not recorded' when p.age between 18 and 24 then '18-24'"
          + " when p.age between 25 and 29 then '25-29' when p.age between 30 and 34 then '30-34'"
          + " else 'other' end",
      List.of("18-24", "25-29", "30-34", "other", "not recorded")),
  REGENCY("by-regency", "Regency", "coalesce(p.regency, 'not recorded')", List.of()),
  CHANNEL(
      "by-channel", "Channel (first contact)", "coalesce(p.channel, 'not recorded')", List.of()),
  PARTNER("by-partner", "Partner", "rp.partner", List.of());

  private final String table;
  private final String title;
  private final String sql;
  private final List<String> order;

  Dimension(String table, String title, String sql, List<String> order) {
    this.table = table;
    this.title = title;
    this.sql = sql;
    this.order = order;
  }

  /** The id of its table on the dashboard and in the API. */
  String table() {
    return table;
  }

  String title() {
    return title;
  }

  String sql() {
    return sql;
  }

  List<String> order() {
    return order;
  }
}
