package id.lokerbot.catalog;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lokerbot.jar import vacancies|trainings FILE.csv}: imports a CSV file with a
 * progress bar and a summary; rejected rows and their reasons go to {@code FILE.rejected.csv} next
 * to the input. The CSV header names the fields of the admin API (see {@link RecordParser}).
 *
 * <p>Exit codes: 0 all rows imported, 3 some rows rejected, 2 bad usage or unreadable file.
 */
@Component
@Order(10)
class CatalogImport implements ApplicationRunner, ExitCodeGenerator {

  static final String COMMAND = "import";
  private static final int BATCH = 500;
  private static final int BAR = 30;

  private final CatalogRecords records;
  private PrintStream out = System.out;
  private int exitCode;

  CatalogImport(CatalogRecords records) {
    this.records = records;
  }

  /** For tests: where the progress and summary go. */
  void output(PrintStream stream) {
    this.out = stream;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  @Override
  public void run(ApplicationArguments args) {
    // options such as --lokerbot.content.dir=... may follow; the command is the plain words
    String[] a = args.getNonOptionArgs().toArray(String[]::new);
    if (a.length == 0 || !COMMAND.equals(a[0])) {
      return;
    }
    if (a.length != 3 || !(a[1].equals("vacancies") || a[1].equals("trainings"))) {
      out.println("usage: java -jar lokerbot.jar import vacancies|trainings FILE.csv");
      exitCode = 2;
      return;
    }
    exitCode = importFile(a[1].equals("vacancies") ? Kind.VACANCY : Kind.TRAINING, Path.of(a[2]));
  }

  /** Imports one file; returns the exit code. */
  int importFile(Kind kind, Path file) {
    List<List<String>> rows;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = Csv.read(in);
    } catch (IOException e) {
      out.println("cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    if (rows.isEmpty()) {
      out.println(file + " is empty: expected a header row and records");
      return 2;
    }
    List<String> header = rows.get(0).stream().map(String::strip).toList();
    int total = rows.size() - 1;
    out.println("importing " + total + " " + kind.code() + " records from " + file);
    int created = 0;
    int updated = 0;
    List<String> rejects = new ArrayList<>();
    for (int start = 1; start <= total; start += BATCH) {
      int end = Math.min(total, start + BATCH - 1);
      List<Map<String, String>> batch = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      for (int r = start; r <= end; r++) {
        List<String> row = rows.get(r);
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.size() && c < row.size(); c++) {
          if (!row.get(c).isBlank()) {
            m.put(header.get(c), row.get(c));
          }
        }
        if (row.size() > header.size()) {
          m.put("*", "has " + row.size() + " fields but the header has " + header.size());
        }
        batch.add(m);
        lines.add(r + 1);
      }
      CatalogRecords.Bulk bulk = records.bulk(kind, batch, false);
      created += bulk.created();
      updated += bulk.updated();
      for (CatalogRecords.Result result : bulk.results()) {
        if (result.rejected()) {
          rejects.add(
              lines.get(result.index())
                  + ","
                  + Csv.quote(result.id())
                  + ","
                  + Csv.quote(
                      String.join(
                          "; ", result.errors().stream().map(FieldError::toString).toList())));
        }
      }
      progress(end, total);
    }
    out.println();
    Path rejectFile = file.resolveSibling(file.getFileName() + ".rejected.csv");
    try {
      if (rejects.isEmpty()) {
        Files.deleteIfExists(rejectFile);
      } else {
        try (Writer w = Files.newBufferedWriter(rejectFile, StandardCharsets.UTF_8)) {
          w.write("line,id,reasons\n");
          for (String line : rejects) {
            w.write(line);
            w.write('\n');
          }
        }
      }
    } catch (IOException e) {
      out.println("cannot write " + rejectFile + ": " + e.getMessage());
    }
    out.println(
        "imported: "
            + created
            + " new, "
            + updated
            + " updated, "
            + rejects.size()
            + " rejected"
            + (rejects.isEmpty() ? "" : " (reasons in " + rejectFile + ")"));
    return rejects.isEmpty() ? 0 : 3;
  }

  private void progress(int done, int total) {
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    out.print(
        "\r["
            + "#".repeat(filled)
            + "-".repeat(BAR - filled)
            + "] "
            + (total == 0 ? 100 : 100L * done / total)
            + "% "
            + done
            + "/"
            + total);
    out.flush();
  }
}
