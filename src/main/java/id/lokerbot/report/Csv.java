package id.lokerbot.report;

import java.util.List;

/** RFC 4180 CSV of a report table; cells that a spreadsheet would run as a formula are quoted. */
final class Csv {

  private Csv() {}

  static String of(ReportTable table) {
    StringBuilder out = new StringBuilder();
    line(out, List.copyOf(table.columns()));
    table.rows().forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text; // keep a spreadsheet from running it as a formula
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
