package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbound queue and the SMS pages on each database the application runs on. */
abstract class TwilioQueueContractTests {

  abstract DataSource dataSource();

  final JdbcClient jdbc = JdbcClient.create(dataSource());
  final TwilioQueue queue = new TwilioQueue(jdbc);
  final SmsPages pages = new SmsPages(jdbc);
  final Instant now = Instant.parse("2026-11-28T02:00:00Z");

  private String address() {
    return "whatsapp:+62" + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 10);
  }

  private List<Long> mine(List<Long> due, String address) {
    return due.stream()
        .filter(id -> queue.get(id).map(q -> q.address().equals(address)).orElse(false))
        .toList();
  }

  @Test
  void onlyTheOldestMessageOfAnAddressIsDueAndOnlyOneNodeTakesIt() {
    String a = address();
    queue.add(new OutboundMessage(a, "satu", List.of(new Choice("1", "Ya")), null, "id"), 11, now);
    queue.add(new OutboundMessage(a, "dua"), 12, now);
    List<Long> due = mine(queue.due(now, 1000), a);
    assertThat(due).hasSize(1);
    long head = due.get(0);
    assertThat(queue.get(head).orElseThrow().message())
        .isEqualTo(new OutboundMessage(a, "satu", List.of(new Choice("1", "Ya")), 11L, "id"));

    assertThat(queue.claim(head, "node-a", now, now.plusSeconds(60))).isTrue();
    assertThat(queue.claim(head, "node-b", now, now.plusSeconds(60))).isFalse();
    assertThat(mine(queue.due(now, 1000), a)).isEmpty(); // the head is held: nothing else goes

    queue.retryLater(head, now.plusSeconds(5)); // throttled: the second waits behind it
    assertThat(mine(queue.due(now, 1000), a)).isEmpty();
    assertThat(mine(queue.due(now.plusSeconds(5), 1000), a)).containsExactly(head);

    queue.done(head);
    List<Long> next = mine(queue.due(now, 1000), a);
    assertThat(next).hasSize(1);
    assertThat(queue.get(next.get(0)).orElseThrow().body()).isEqualTo("dua");
  }

  @Test
  void aLeaseThatRanOutMidSendIsTakenOnceAndBeforeSendingIsTakenAgain() {
    String a = address();
    queue.add(new OutboundMessage(a, "satu"), 21, now);
    long id = mine(queue.due(now, 1000), a).get(0);
    assertThat(queue.claim(id, "node-a", now, now.plusSeconds(60))).isTrue();
    Instant later = now.plus(Duration.ofMinutes(2));
    // the node stopped before the request went out: another node may take it
    assertThat(queue.claim(id, "node-b", later, later.plusSeconds(60))).isTrue();
    queue.sending(id);
    Instant muchLater = later.plus(Duration.ofMinutes(2));
    assertThat(mine(queue.due(muchLater, 1000), a)).isEmpty(); // never handed out again
    assertThat(queue.takeInterrupted(muchLater, other -> false)).contains(21L);
    assertThat(queue.takeInterrupted(muchLater, other -> false)).doesNotContain(21L);
    assertThat(queue.get(id)).isEmpty();
  }

  @Test
  void smsPagesComeOneByOneAndExpire() {
    String a = "sms:+6281" + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 8);
    pages.save(a, List.of("dua", "tiga"), "id", now.plusSeconds(60));
    assertThat(pages.next(a, now)).contains(new SmsPages.Page("dua", "id"));
    assertThat(pages.next(a, now)).contains(new SmsPages.Page("tiga", "id"));
    assertThat(pages.next(a, now)).isEmpty();

    pages.save(a, List.of("lagi"), "en", now.plusSeconds(60));
    assertThat(pages.pending(a, now.plusSeconds(61))).isFalse();
    pages.purge(now.plusSeconds(61));
    assertThat(pages.pending(a, now)).isFalse();
  }
}
