package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The CSV import: progress, summary, rejected rows with reasons in a file next to the input. */
@CatalogSpringTest
class CatalogImportTests {

  @Autowired CatalogImport importer;
  @Autowired CatalogSearch search;

  @Test
  void importsGoodRowsAndExplainsBadOnes(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("lowongan.csv");
    Files.writeString(
        csv,
        """
        id,partner,title,description,sector,occupation,regency,address,minAge,maxAge,minEducation,genderNeutral,disabilityFlags,accommodations,salaryMin,salaryMax,employmentType,openings,applyVia,applyHow,postedOn,closesOn,status
        csv-1,PT Tenun Jaya,Operator Tenun Lurik,"Menenun kain lurik dengan alat tenun, ""ATBM"", di pabrik kami.",C,7318,Sragen,"Jl. Raya 1, Masaran",18,35,smp,true,deaf;wheelchair,Instruksi tertulis,2200000,2500000,contract,4,lokerbot,,2026-11-20,2026-12-31,open
        csv-2,PT Tenun Jaya,Operator Tenun Ikat,Menenun kain ikat di pabrik kami di Jepara.,C,,Jepara,,,,sd,,,,,,daily,2,direct,Datang langsung ke pabrik,,,
        csv-3,PT Tenun Jaya,X,pendek,Q9,,Nowhere,,abc,,,,,,,,,,,,,,
        """,
        StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    importer.output(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code = importer.importFile(Kind.VACANCY, csv);
    String printed = out.toString(StandardCharsets.UTF_8);

    assertThat(code).isEqualTo(3);
    assertThat(printed)
        .contains("importing 3 vacancy records")
        .contains("[##############################] 100% 3/3")
        .contains("imported: 2 new, 0 updated, 1 rejected");
    Path rejected = dir.resolve("lowongan.csv.rejected.csv");
    assertThat(Files.readAllLines(rejected)).first().isEqualTo("line,id,reasons");
    assertThat(Files.readString(rejected))
        .startsWith("line,id,reasons\n4,csv-3,")
        .contains("title: must be 3-120 characters long")
        .contains("sector: unknown KBLI section 'Q9'")
        .contains("regency: unknown regency 'Nowhere'")
        .contains("minAge: must be a whole number")
        .contains("employmentType: is required");
    assertThat(search.search(SearchRequest.of("tenun sragen ramah difabel")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("csv-1");
    assertThat(search.offer(Kind.VACANCY, "csv-1").orElseThrow().vacancy().description())
        .isEqualTo("Menenun kain lurik dengan alat tenun, \"ATBM\", di pabrik kami.");

    // the same file again: updates, and a fixed file removes the old rejects file
    Files.writeString(
        csv, Files.readAllLines(csv).subList(0, 3).stream().reduce("", (a, b) -> a + b + "\n"));
    out.reset();
    assertThat(importer.importFile(Kind.VACANCY, csv)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("imported: 0 new, 2 updated, 0 rejected");
    assertThat(rejected).doesNotExist();
  }

  @Test
  void aMissingFileIsAUsageError(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    importer.output(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(importer.importFile(Kind.TRAINING, dir.resolve("nope.csv"))).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("cannot read");
  }
}
