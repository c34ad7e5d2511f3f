package id.lokerbot.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.content.ContentService;
import id.lokerbot.content.InvalidContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Partner files are checked with file and path before they are used. */
class PartnersCheckTests {

  static final ReferralProperties PROPERTIES =
      new ReferralProperties(null, true, 20, null, null, null, null, null, null, false);

  @TempDir Path dir;

  @Test
  void theSamplePartnersAreValid() {
    var content =
        ContentService.read(Path.of("content"), "id", List.of(new PartnersCheck(PROPERTIES)));
    var partners = PartnerReader.read(content, new id.lokerbot.content.Problems(), false);
    assertThat(partners).containsOnlyKeys("sample-retail", "sample-garment-training");
    assertThat(partners.get("sample-retail").delivery().webhook()).isTrue();
    assertThat(partners.get("sample-garment-training").delivery().chat())
        .isEqualTo("telegram:100000001");
    assertThat(partners.values()).allMatch(Partner::sample);
  }

  @Test
  void brokenPartnerFilesAreRefusedWithFileAndPath() throws IOException {
    FileSystemUtils.copyRecursively(Path.of("content"), dir);
    Files.writeString(
        dir.resolve("partners/broken.yaml"),
        """
        spec: 1
        id: Broken Partner
        name: Broken
        vacancies: { sectors: [Z] }
        requires: [name, riasec]
        receives: [name, interest_scores]
        documents: [passport]
        delivery: { method: webhook, url: "http://insecure.example/x" }
        apiKey: { sha256: "abc" }
        """);
    assertThatThrownBy(() -> ContentService.read(dir, "id", List.of(new PartnersCheck(PROPERTIES))))
        .isInstanceOf(InvalidContentException.class)
        .satisfies(
            e ->
                assertThat(((InvalidContentException) e).problems())
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:id:"))
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:vacancies.sectors[0]:"))
                    .anyMatch(p -> p.contains("unknown field 'riasec'"))
                    .anyMatch(p -> p.contains("unknown field 'interest_scores'"))
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:receives:"))
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:delivery.url:"))
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:delivery.secretEnv:"))
                    .anyMatch(p -> p.startsWith("partners/broken.yaml:apiKey.sha256:")));
  }
}
