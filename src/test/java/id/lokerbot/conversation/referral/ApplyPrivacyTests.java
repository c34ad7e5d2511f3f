package id.lokerbot.conversation.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.engine.State;
import id.lokerbot.youth.Youths;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a referral carries for a person whose records hold everything: a full profile (income and
 * functioning answers included), an interest result and a readiness result. The stored payload (the
 * exact body the partner receives) has the readiness summary only when the person allowed it, and
 * never interest results, income or functioning answers.
 */
@SpringBootTest(properties = "lokerbot.referral.poller-enabled=false")
@Import(TestClockConfig.class)
class ApplyPrivacyTests {

  @Autowired Conversations conversations;
  @Autowired DialogueStateStore states;
  @Autowired Youths youths;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @Test
  void theReadinessSummaryGoesOnlyWhenAllowed() {
    String payload = apply("whatsapp:+6281200000301", "tidak usah");
    assertThat(payload)
        .contains("\"name\":\"Sari\"", "\"age\":21", "Kab. Banjarnegara", "SMA / SMK")
        .doesNotContain("readinessSummary", "Komunikasi");
    assertNothingForbidden(payload);
  }

  @Test
  void anAllowedReadinessSummaryCarriesLevelsOnly() {
    String payload = apply("whatsapp:+6281200000302", "ya");
    assertThat(payload)
        .contains(
            "\"readinessSummary\":\"Komunikasi: Sudah kuat; Kerja sama: Sudah kuat; Bisa"
                + " diandalkan: Sedang berkembang; Pengendalian diri: Sedang berkembang;"
                + " Memecahkan masalah: Perlu dilatih; Percaya diri: Sudah kuat\"");
    assertNothingForbidden(payload);
  }

  private static void assertNothingForbidden(String payload) {
    assertThat(payload)
        // interest results (type keys, names, points) and the points behind readiness levels
        .doesNotContainPattern("(?i)interest|minat|riasec|realistic|investigative|artistic")
        .doesNotContainPattern("=\\d")
        // income and functioning answers, in any form
        .doesNotContainPattern("(?i)income|under-840k|penghasilan|seeing|a-lot|walking")
        .doesNotContain("accommodations");
  }

  /** Applies to sample-v-0006 with everything on record; returns the stored payload. */
  private String apply(String me, String shareReadiness) {
    String id = youths.create(me, "whatsapp", "id", "given", clock.instant()).id();
    Map.of(
            "nickname", "Sari",
            "birthYear", "2005",
            "gender", "female",
            "regency", "33.04",
            "education", "sma",
            "income", "under-840k",
            "seeing", "a-lot",
            "walking", "some")
        .forEach(
            (field, answer) ->
                jdbc.sql(
                        "insert into profile_field (youth_id, field, answer, updated_at)"
                            + " values (?, ?, ?, ?)")
                    .params(id, field, answer, Timestamp.from(clock.instant()))
                    .update());
    jdbc.sql(
            "insert into assessment_result (address, kind, scores, completed_at) values"
                + " (?, 'interest', 'R=7;I=3;A=9;S=8;E=2;C=1', ?), (?, 'readiness',"
                + " 'communication=6;teamwork=5;reliability=4;self-control=3;problem-solving=2;"
                + "self-concept=5', ?)")
        .params(me, Timestamp.from(clock.instant()), me, Timestamp.from(clock.instant()))
        .update();
    states.save(
        me,
        DialogueStateStore.Saved.of(
            new State(
                "search",
                "free",
                Map.of(
                    "language", "id",
                    "consent", "yes",
                    "search.view", "detail",
                    "search.detail", "vacancy:sample-v-0006",
                    "name", "Sari"),
                clock.instant())),
        Duration.ofDays(1));

    assertThat(send(me, "lamar")).contains("KTP");
    assertThat(send(me, "sudah punya")).contains("ringkasannya");
    assertThat(send(me, shareReadiness)).contains("Yang akan mereka terima hanya ini");
    assertThat(send(me, "ya, kirim")).contains("sudah kami kirim");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql("select count(*) from referral where address = ?")
                        .param(me)
                        .query(Integer.class)
                        .single()
                    == 1);
    return jdbc.sql("select payload from referral where address = ?")
        .param(me)
        .query(String.class)
        .single();
  }

  private String send(String from, String text) {
    clock.advance(Duration.ofSeconds(5));
    return String.join(
        "\n",
        conversations.handle(new InboundMessage(from, text, null, null, clock.instant())).stream()
            .map(m -> m.text())
            .toList());
  }
}
