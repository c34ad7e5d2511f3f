package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.conversation.Conversations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Results are stored from the chat only with consent; the shared API shows no interest scores. */
@SpringBootTest
@Import(TestClockConfig.class)
class AssessmentStorageTests {

  // Interest answers in item order (R I A S E C, five rounds): 1 = suka, 2 = biasa, 3 = tidak.
  // Per type: R 0, I 5, A 3, S 10, E 8, C 6 (as in ScoringTests.clearProfileShowsTheTopTwo).
  static final String INTEREST = "322111" + "321111" + "323112" + "323122" + "323123";
  static final String READINESS = "121234" + "123421";

  @Autowired Conversations conversations;
  @Autowired AssessmentResults results;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @Test
  void withConsentBothResultsAreStored() throws Exception {
    String address = "sim:storage-yes";
    new ChatDriver(conversations, clock).say(address, "halo", "1", "ya", "3", "1");
    INTEREST
        .chars()
        .forEach(c -> new ChatDriver(conversations, clock).say(address, String.valueOf((char) c)));
    // the result lists suggested vacancies; "5" (other options), then the readiness check
    new ChatDriver(conversations, clock).say(address, "5", "4");
    READINESS
        .chars()
        .forEach(c -> new ChatDriver(conversations, clock).say(address, String.valueOf((char) c)));

    assertThat(ChatDriver.eventually(() -> results.completedKinds(address).size() == 2)).isTrue();
    assertThat(results.completedKinds(address)).containsExactly("interest", "readiness");
    String stored =
        jdbc.sql("select scores from assessment_result where address = ? and kind = 'interest'")
            .param(address)
            .query(String.class)
            .single();
    assertThat(JdbcAssessmentResults.decode(stored))
        .isEqualTo(Map.of("R", 0, "I", 5, "A", 3, "S", 10, "E", 8, "C", 6));
    assertThat(results.readiness(address).orElseThrow().pointsByArea())
        .isEqualTo(
            Map.of(
                "communication", 6,
                "teamwork", 4,
                "reliability", 4,
                "self-control", 2,
                "problem-solving", 3,
                "self-concept", 3));

    results.forget(address);
    assertThat(results.completedKinds(address)).isEmpty();
  }

  @Test
  void withoutConsentNothingIsStored() throws Exception {
    String address = "sim:storage-no";
    new ChatDriver(conversations, clock).say(address, "halo", "1", "tidak", "3", "1");
    List<String> last = List.of();
    for (char c : INTEREST.toCharArray()) {
      last = new ChatDriver(conversations, clock).say(address, String.valueOf(c));
    }
    assertThat(last).anyMatch(r -> r.contains("tidak kami simpan"));
    Thread.sleep(300); // a listener would have run by now
    assertThat(results.completedKinds(address)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from assessment_result where address = ?")
                .param(address)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
