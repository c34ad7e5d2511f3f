package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.youth.Youths;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Talks to the real turn pipeline as one person after another, the test clock moving 5 s between
 * messages, and waits for what listeners do after a turn (they run after it commits).
 */
record ChatDriver(Conversations conversations, MutableClock clock) {

  /** Sends the texts in order; returns the bot's replies to the last one. */
  List<String> say(String address, String... texts) {
    List<String> replies = List.of();
    for (String text : texts) {
      clock.advance(Duration.ofSeconds(5));
      replies =
          conversations
              .handle(new InboundMessage(address, text, null, null, clock.instant()))
              .stream()
              .map(m -> m.text())
              .toList();
    }
    return replies;
  }

  /** Whether the condition holds within 10 s. */
  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** The youth id of the person at this address, once their consent has made one. */
  static String person(Youths youths, String address) throws InterruptedException {
    assertThat(eventually(() -> youths.findByAddress(address).isPresent())).isTrue();
    return youths.findByAddress(address).orElseThrow().id();
  }
}
