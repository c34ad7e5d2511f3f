package id.lokerbot.conversation.referral;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.referral.Partner;
import id.lokerbot.referral.SharedField;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What to ask for first, and which requirement is not met. */
class QualificationTests {

  static final Opening CREW =
      new Opening("v", "Crew", "Retail", "G", "33.02", "Banyumas", 18, 27, "sma", true, true);
  static final Partner PARTNER =
      new Partner(
          "p",
          "P",
          true,
          List.of("Retail"),
          List.of(),
          EnumSet.of(SharedField.NAME, SharedField.AGE),
          List.of("ktp"),
          EnumSet.of(SharedField.NAME, SharedField.CONTACT),
          new Partner.Delivery("webhook", "https://x", "S", null),
          null,
          "id",
          null,
          "K");

  static String check(
      String name, Integer age, String regency, String edu, String travel, String docs) {
    return Qualification.check(
            CREW,
            PARTNER,
            new Qualification.Facts(name, age, regency, null, edu, "+62812", travel, docs),
            true)
        .next();
  }

  @Test
  void asksForWhatIsMissingInOrder() {
    assertThat(check(null, null, null, null, null, null)).isEqualTo("ask:name");
    assertThat(check("Sari", null, null, null, null, null)).isEqualTo("ask:age");
    assertThat(check("Sari", 20, null, null, null, null)).isEqualTo("ask:education");
    assertThat(check("Sari", 20, null, "sma", null, null)).isEqualTo("ask:regency");
    assertThat(check("Sari", 20, "Demak", "sma", null, null)).isEqualTo("ask:travel");
    assertThat(check("Sari", 20, "Kab. Banyumas", "sma", null, null)).isEqualTo("ask:documents");
    assertThat(check("Sari", 20, "Kabupaten Banyumas", "s1", null, "yes")).isEqualTo("ok");
  }

  @Test
  void aRegencyCodeFromTheProfileIsComparedByCode() {
    // Kab. Semarang (33.22) and Kota Semarang (33.74) share a name, not a code
    Opening semarang =
        new Opening(
            "v", "Crew", "Retail", "G", "33.74", "Kota Semarang", null, null, null, true, true);
    Partner noDocuments =
        new Partner(
            "p",
            "P",
            true,
            List.of("Retail"),
            List.of(),
            EnumSet.noneOf(SharedField.class),
            List.of(),
            EnumSet.of(SharedField.REGENCY),
            new Partner.Delivery("webhook", "https://x", "S", null),
            null,
            "id",
            null,
            "K");
    assertThat(
            Qualification.check(
                    semarang,
                    noDocuments,
                    new Qualification.Facts(
                        null, null, "Kab. Semarang", "33.22", null, null, null, null),
                    false)
                .next())
        .isEqualTo("ask:travel");
    assertThat(
            Qualification.check(
                    semarang,
                    noDocuments,
                    new Qualification.Facts(
                        null, null, "Kota Semarang", "33.74", null, null, null, null),
                    false)
                .next())
        .isEqualTo("ok");
  }

  @Test
  void namesTheRequirementThatIsNotMet() {
    assertThat(check("Sari", 17, null, null, null, null)).isEqualTo("unmet:age");
    assertThat(check("Sari", 28, null, null, null, null)).isEqualTo("unmet:age");
    assertThat(check("Sari", 20, null, "smp", null, null)).isEqualTo("unmet:education");
    assertThat(check("Sari", 20, "Demak", "sma", "no", null)).isEqualTo("unmet:regency");
    assertThat(check("Sari", 20, "Demak", "sma", "yes", "no")).isEqualTo("unmet:documents");
    assertThat(check("Sari", 20, "Demak", "sma", "yes", "yes")).isEqualTo("ok");
  }
}
