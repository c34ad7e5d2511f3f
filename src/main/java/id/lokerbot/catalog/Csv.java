package id.lokerbot.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, fields in double quotes may hold commas, quotes ("") and newlines.
 */
final class Csv {

  private Csv() {}

  /** Reads all records; each record is its list of fields. A UTF-8 BOM is ignored. */
  static List<List<String>> read(Reader in) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c = in.read();
    if (c == 0xFEFF) {
      c = in.read();
    }
    for (; c != -1; c = in.read()) {
      char ch = (char) c;
      any = true;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next == -1) {
              break;
            }
            c = next;
            ch = (char) c;
            if (handle(ch, row, field, rows)) {
              any = false;
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0) {
        quoted = true;
      } else if (handle(ch, row, field, rows)) {
        any = false;
      }
    }
    if (any || field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    rows.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
    return rows;
  }

  /** Handles a character outside quotes; true when it ended a record. */
  private static boolean handle(
      char ch, List<String> row, StringBuilder field, List<List<String>> rows) {
    if (ch == ',') {
      row.add(field.toString());
      field.setLength(0);
    } else if (ch == '\n') {
      row.add(field.toString());
      field.setLength(0);
      rows.add(new ArrayList<>(row));
      row.clear();
      return true;
    } else if (ch != '\r') {
      field.append(ch);
    }
    return false;
  }

  static String quote(String s) {
    if (s == null) {
      return "";
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
