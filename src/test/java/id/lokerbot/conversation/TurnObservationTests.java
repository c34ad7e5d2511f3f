package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TurnObservationTests {

  @Test
  void theConversationIdIsTheStartOfTheAddressesSha256OnEveryThread() throws Exception {
    // echo -n 'whatsapp:+628123456789' | sha256sum
    String expected = "a93f14ea4668";
    String address = "whatsapp:+628123456789";

    String here = TurnObservation.conversationId(address);
    String again = TurnObservation.conversationId(address);
    String elsewhere =
        CompletableFuture.supplyAsync(() -> TurnObservation.conversationId(address)).get();

    assertThat(here).isEqualTo(expected).isEqualTo(again).isEqualTo(elsewhere);
    assertThat(TurnObservation.conversationId("telegram:42")).hasSize(12).isNotEqualTo(here);
  }
}
