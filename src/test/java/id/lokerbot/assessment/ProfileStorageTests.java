package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.youth.Youths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profile from the chat to the records: encrypted at rest, readable from a linked address,
 * counted for the programme report, and deleted on request leaving only anonymous counts.
 */
@SpringBootTest
@Import(TestClockConfig.class)
class ProfileStorageTests {

  static final String SARI = "sim:profile-sari";
  static final String SARI_TELEGRAM = "telegram:7000001";
  static final String BUDI = "sim:profile-budi";

  @Autowired Conversations conversations;
  @Autowired Profiles profiles;
  @Autowired ProgrammeReport report;
  @Autowired Youths youths;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  ChatDriver chat;

  @BeforeEach
  void driver() {
    chat = new ChatDriver(conversations, clock);
  }

  @Test
  void profileEncryptionLinkingReportAndDeletion() throws Exception {
    // Other tests in the same context add people too: the numbers below are what Sari and Budi add.
    ProgrammeNumbers start = report.numbers();
    // Sari: 21, female, Kab. Demak, SMA/SMK, looking for work, under Rp 840.000, a lot of
    // difficulty seeing; then a readiness check.
    chat.say(SARI, "halo", "1", "ya", "4", "1", "Sari", "21", "1", "demak", "ya", "smk", "1", "2");
    chat.say(SARI, "3", "1", "1", "1", "1", "1");
    chat.say(SARI, "menu", "3", "2");
    for (int i = 0; i < 12; i++) {
      chat.say(SARI, "1");
    }
    // Budi: born 2000, male, Kota Semarang, skips education, employed, over Rp 2 juta, skips all
    // six.
    chat.say(BUDI, "halo", "1", "ya", "profil", "1", "Budi", "2000", "2", "kota semarang", "ya");
    chat.say(BUDI, "lewati", "3", "4", "lewati", "lewati", "lewati", "lewati", "lewati", "lewati");

    String sari = ChatDriver.person(youths, SARI);
    assertThat(
            ChatDriver.eventually(
                () -> count("profile_field where youth_id = '" + sari + "'") == 13))
        .isTrue();

    // Sensitive answers are ciphertext in the database, plain text only through Profiles.
    String income = answer(sari, "income");
    String seeing = answer(sari, "seeing");
    assertThat(income).startsWith("v1:").doesNotContain("840");
    assertThat(seeing).startsWith("v1:").doesNotContain("a-lot");
    assertThat(answer(sari, "nickname")).isEqualTo("Sari");
    assertThat(answer(sari, "regency")).isEqualTo("33.21");
    assertThat(profiles.view(SARI))
        .containsEntry("income", "under-840k")
        .containsEntry("seeing", "a-lot")
        .containsEntry("birthYear", "2005")
        .doesNotContainKey("education-level");

    // The same person on Telegram sees the same profile once the address is linked.
    youths.link(sari, SARI_TELEGRAM, "telegram", clock.instant());
    assertThat(profiles.view(SARI_TELEGRAM)).isEqualTo(profiles.view(SARI));
    List<String> shown = chat.say(SARI_TELEGRAM, "halo", "1", "ya", "profil");
    assertThat(String.join("\n", shown)).contains("Sari", "21", "Kab. Demak", "prioritas");

    String budi = ChatDriver.person(youths, BUDI);
    assertThat(
            ChatDriver.eventually(
                () -> count("profile_field where youth_id = '" + budi + "'") == 6))
        .isTrue();
    assertThat(
            ChatDriver.eventually(
                () -> count("assessment_result where address = '" + SARI + "'") == 1))
        .isTrue();

    ProgrammeNumbers before = report.numbers();
    assertThat(before.people() - start.people()).isEqualTo(2);
    assertThat(before.assessed() - start.assessed()).isEqualTo(1);
    assertThat(before.eligible() - start.eligible()).isEqualTo(1);
    assertThat(added(start.byGender(), before.byGender()))
        .isEqualTo(Map.of("female", 1, "male", 1));
    assertThat(added(start.byDisability(), before.byDisability()))
        .isEqualTo(Map.of("yes", 1, "unknown", 1));
    assertThat(added(start.byRegency(), before.byRegency()))
        .isEqualTo(Map.of("33.21", 1, "33.74", 1));
    // what the report's read model gets: derived facts, the disability flag and no answer text
    assertThat(report.of(sari)).contains(new PersonFacts("female", 21, "33.21", true, true));
    assertThat(report.of(budi)).contains(new PersonFacts("male", 26, "33.74", null, false));

    // other tests in this context may have left anonymous rows already
    int anonymousWithDisability =
        count("report_person where person_id like 'anon:%' and disability = true");
    // HAPUS DATA from Telegram deletes everything of Sari on every address.
    chat.say(SARI_TELEGRAM, "hapus data", "ya");
    assertThat(ChatDriver.eventually(() -> youths.find(sari).isEmpty())).isTrue();
    assertThat(count("profile_field where youth_id = '" + sari + "'")).isZero();
    assertThat(count("youth_address where youth_id = '" + sari + "'")).isZero();
    assertThat(count("consent_event where youth_id = '" + sari + "'")).isZero();
    assertThat(
            count("assessment_result where address in ('" + SARI + "', '" + SARI_TELEGRAM + "')"))
        .isZero();
    assertThat(youths.findByAddress(SARI)).isEmpty();

    // The report still counts her, anonymously.
    assertThat(report.numbers()).isEqualTo(before);
    // the programme report's read model too: her row stays under a random key, and neither her
    // youth id nor her addresses remain there
    assertThat(
            ChatDriver.eventually(
                () ->
                    count("report_person where person_id like 'anon:%' and disability = true")
                        == anonymousWithDisability + 1))
        .isTrue();
    assertThat(count("report_person where person_id = '" + sari + "'")).isZero();
    assertThat(
            count(
                "report_address where person_id = '"
                    + sari
                    + "' or address in ('"
                    + SARI
                    + "', '"
                    + SARI_TELEGRAM
                    + "')"))
        .isZero();
    assertThat(count("anonymous_tally")).isPositive();
    assertThat(
            jdbc.sql("select count(*) from anonymous_tally where bucket like '%Sari%'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  /** People type what they earn; the amount picks the bracket instead of a re-ask. */
  @Test
  void incomeTypedAsAnAmount() throws Exception {
    String rini = "sim:profile-rini";
    chat.say(
        rini, "halo", "1", "ya", "profil", "1", "Rini", "19 tahun", "1", "lewati", "lewati", "1");
    List<String> next = chat.say(rini, "500rb");
    assertThat(String.join("\n", next))
        .doesNotContain("Maaf, saya belum mengerti")
        .contains("Enam pertanyaan");
    // the answers are kept after the turn (as in the test above)
    assertThat(ChatDriver.eventually(() -> "under-840k".equals(profiles.view(rini).get("income"))))
        .isTrue();

    String dwi = "sim:profile-dwi";
    chat.say(dwi, "halo", "1", "ya", "profil", "1", "Dwi", "24", "2", "lewati", "lewati", "3");
    assertThat(String.join("\n", chat.say(dwi, "Rp 1,5 juta"))).contains("Enam pertanyaan");
    assertThat(ChatDriver.eventually(() -> "840k-2m".equals(profiles.view(dwi).get("income"))))
        .isTrue();
  }

  /** Deletions at the same moment each add to the anonymous counts (two once made the same row). */
  @Test
  void concurrentDeletionsAllCount() throws Exception {
    int deletions = 8;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(deletions);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(deletions);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int i = 0; i < deletions; i++) {
        done.add(
            pool.submit(
                () -> {
                  together.await();
                  // as in a deletion: inside a transaction that stays open a little longer
                  transaction.executeWithoutResult(
                      t -> {
                        report.tally("concurrency-test", "all");
                        sleep(50);
                      });
                  return null;
                }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(); // a duplicate-key failure would surface here
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql("select total from anonymous_tally where metric = 'concurrency-test'")
                .query(Integer.class)
                .single())
        .isEqualTo(deletions);
  }

  /** The counts that grew from {@code start} to {@code now}, by how much. */
  private static Map<String, Integer> added(Map<String, Integer> start, Map<String, Integer> now) {
    Map<String, Integer> added = new java.util.TreeMap<>();
    now.forEach(
        (k, v) -> {
          int d = v - start.getOrDefault(k, 0);
          if (d != 0) {
            added.put(k, d);
          }
        });
    return added;
  }

  private String answer(String person, String field) {
    return jdbc.sql("select answer from profile_field where youth_id = ? and field = ?")
        .params(person, field)
        .query(String.class)
        .single();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int count(String from) {
    return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
  }
}
