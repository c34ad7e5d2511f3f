package id.lokerbot.report;

import java.util.List;

/**
 * One table of the dashboard, as shown, downloaded (CSV) and served (JSON). Cells are strings or
 * numbers that are already safe to show: small groups are "&lt;5", never their count.
 *
 * @param id stable id, used in {@code /api/reports/{id}} and {@code /api/reports/{id}.csv}
 * @param title heading on the dashboard
 * @param note what the numbers mean and where they come from
 * @param columns column headings
 * @param rows one list of cells per row, in column order
 */
record ReportTable(
    String id, String title, String note, List<String> columns, List<List<Object>> rows) {

  ReportTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(r)).toList();
  }
}
