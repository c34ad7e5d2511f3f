package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.MessageLog;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.platform.TryLaterException;
import id.lokerbot.youth.ConsentLedger;
import id.lokerbot.youth.Youth;
import id.lokerbot.youth.Youths;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The turn pipeline with the embedded stores: rate limit, message log, consent records. */
@SpringBootTest
@Import(TestClockConfig.class)
class ConversationsTests {

  @Autowired Conversations conversations;
  @Autowired MutableClock clock;
  @Autowired MessageLog messageLog;
  @Autowired Youths youths;
  @Autowired ConsentLedger ledger;
  @Autowired MeterRegistry meters;
  @Autowired InboundDedupe dedupe;

  final String address = "sim:c" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void beyondThirtyAMinuteOnePoliteReplyThenSilenceAndACount() {
    clock.set(
        clock
            .instant()
            .plus(Duration.ofMinutes(1))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    say("halo");
    say("english"); // now in English
    double droppedBefore = dropped();
    for (int i = 0; i < 28; i++) {
      assertThat(say("menu")).isNotEmpty();
    }
    List<OutboundMessage> slowDown = say("menu");
    assertThat(slowDown)
        .extracting(OutboundMessage::text)
        .containsExactly(
            "Please slow down a little. You sent many messages at once. Wait a moment, then send"
                + " your last message again.");
    assertThat(say("menu")).isEmpty();
    assertThat(say("menu")).isEmpty();
    assertThat(dropped() - droppedBefore).isEqualTo(3);
    clock.advance(Duration.ofMinutes(1));
    assertThat(say("menu")).isNotEmpty();
  }

  @Test
  void everyMessageInAndOutIsLoggedWithWhereItHappenedButNoBody() {
    say("halo");
    say("1");
    List<MessageLog.Entry> log = messageLog.of(address);
    assertThat(log)
        .extracting(MessageLog.Entry::direction)
        .containsExactly(
            MessageLog.Direction.IN,
            MessageLog.Direction.OUT,
            MessageLog.Direction.OUT,
            MessageLog.Direction.IN,
            MessageLog.Direction.OUT);
    assertThat(log.get(0).node()).isNull(); // a new person: nowhere yet
    assertThat(log.get(1).node()).isEqualTo("language");
    assertThat(log.get(3).node()).isEqualTo("language");
    assertThat(log.get(4).node()).isEqualTo("consent");
    // the simulator's HTTP answer is the delivery; a reply to any other channel waits for it
    assertThat(log.get(4).status()).isEqualTo(MessageLog.Status.SENT);
    String telegram =
        "telegram:" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    conversations.handle(message(telegram, "halo"));
    assertThat(messageLog.of(telegram))
        .filteredOn(e -> e.direction() == MessageLog.Direction.OUT)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(MessageLog.Status.QUEUED));
  }

  @Test
  void aYesToTheConsentQuestionCreatesTheYouthAndRecordsIt() {
    say("halo");
    say("english");
    say("yes");
    Youth youth = eventually(() -> youths.findByAddress(address));
    assertThat(youth.language()).isEqualTo("en");
    assertThat(youth.consentState()).isEqualTo("given");
    assertThat(ledger.current(youth.id(), "store-data")).contains(true);
  }

  @Test
  void aNoToTheConsentQuestionKeepsNothingAboutThePerson() throws Exception {
    say("halo");
    say("1");
    assertThat(say("tidak")).isNotEmpty();
    String other = address + "x"; // a yes after the no, to know the listeners have run
    conversations.handle(message(other, "halo"));
    conversations.handle(message(other, "1"));
    conversations.handle(message(other, "ya"));
    eventually(() -> youths.findByAddress(other));
    assertThat(youths.findByAddress(address)).isEmpty();
  }

  @Test
  void aRedeliveredLastMessageGetsTheSameRepliesWithoutASecondTurn() {
    say("halo");
    InboundMessage english = new InboundMessage(address, "2", null, "u-7", clock.instant());
    List<OutboundMessage> first = conversations.handle(english);
    int logged = messageLog.of(address).size();
    // the same replies, without a new log row (the first ones carry their row ids)
    assertThat(conversations.handle(english))
        .isEqualTo(first.stream().map(r -> r.withLogId(null)).toList());
    assertThat(messageLog.of(address)).hasSize(logged);
    // and the conversation goes on from where the first delivery left it
    assertThat(say("yes"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.text()).doesNotContain("Sorry"));
  }

  @Test
  void aProviderIdIsHandledOnceWhetherOrNotAFilterMightTakeIt() {
    String id = "m-" + UUID.randomUUID();
    InboundMessage halo = new InboundMessage(address, "halo", null, id, clock.instant());
    assertThat(conversations.handleFirstTime("sim", halo)).get().asList().isNotEmpty();
    assertThatThrownBy(() -> conversations.handleFirstTime("sim", halo))
        .isInstanceOf(TryLaterException.class); // still being handled, as far as anyone knows
    dedupe.done("sim", id);
    assertThat(conversations.handleFirstTime("sim", halo)).isEmpty();

    // a recruiter's button the filter might take: the claim is settled before the filters run
    String pressId = "m-" + UUID.randomUUID();
    InboundMessage press =
        new InboundMessage(address, "", "ref:unknown:accept", pressId, clock.instant());
    assertThat(conversations.handleFirstTime("sim", press)).isPresent();
    dedupe.done("sim", pressId);
    assertThat(conversations.handleFirstTime("sim", press)).isEmpty();
    assertThat(messageLog.of(address))
        .filteredOn(e -> e.direction() == MessageLog.Direction.IN)
        .hasSize(2);
  }

  private List<OutboundMessage> say(String text) {
    return conversations.handle(message(address, text));
  }

  private InboundMessage message(String from, String text) {
    return new InboundMessage(from, text, null, null, clock.instant());
  }

  private double dropped() {
    return meters.get("lokerbot.messages.rate.limited").counter().count();
  }

  static <T> T eventually(Supplier<Optional<T>> probe) {
    for (int i = 0; i < 200; i++) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("not there after 10 s");
  }
}
