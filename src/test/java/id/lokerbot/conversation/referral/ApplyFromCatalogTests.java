package id.lokerbot.conversation.referral;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.PlainText;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.engine.State;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Applying to a sample vacancy of the real catalogue, from its details view. */
@SpringBootTest(properties = "lokerbot.referral.poller-enabled=false")
@Import(TestClockConfig.class)
class ApplyFromCatalogTests {

  @Autowired Conversations conversations;
  @Autowired DialogueStateStore states;
  @Autowired MutableClock clock;

  @Test
  void applyOnALokerbotVacancysDetailsStartsTheReferral() {
    String me = "whatsapp:+6281200000201";
    // the person is looking at the details of sample-v-0006 (Alfamart crew store, Banjarnegara)
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
                    "name", "Sari",
                    "age", "21",
                    "education", "sma",
                    "regency", "Purbalingga"),
                clock.instant())),
        Duration.ofDays(1));

    String reply = send(me, "2");

    assertThat(reply)
        .contains("Banjarnegara")
        .contains("Apakah kamu bisa bekerja di sana")
        .doesNotContain("segera hadir");
    assertThat(send(me, "ya")).contains("Perekrut meminta dokumen ini saat wawancara: KTP");
    assertThat(send(me, "sudah"))
        .contains("akan dikirim ke Contoh Ritel Nusantara (sample retail chain)")
        .contains("- Kontak: +6281200000201");
  }

  private String send(String from, String text) {
    clock.advance(Duration.ofSeconds(5));
    return conversations
        .handle(new InboundMessage(from, text, null, null, clock.instant()))
        .stream()
        .map(PlainText::render)
        .collect(Collectors.joining("\n---\n"));
  }
}
