package id.lokerbot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.MessageLog.Direction;
import id.lokerbot.channel.MessageLog.Entry;
import id.lokerbot.channel.MessageLog.Status;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The message log on a real database; run on H2 (PostgreSQL mode) and on PostgreSQL. */
abstract class JdbcMessageLogContractTests {

  abstract DataSource dataSource();

  final MessageLog log =
      new JdbcMessageLog(JdbcClient.create(dataSource()), new JdbcTemplate(dataSource()));
  final String address = "whatsapp:+6281200" + (int) (Math.random() * 100000);
  final Instant at = Instant.parse("2026-11-28T02:00:00Z");

  @Test
  void recordsMessagesInAndOutInOrderWithoutBodies() {
    List<Long> ids =
        log.record(
            List.of(
                new Entry(Direction.IN, address, at, "main", "language", "SM1", Status.RECEIVED),
                new Entry(Direction.OUT, address, at, "main", "consent", null, Status.QUEUED)));
    assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    assertThat(log.of(address))
        .containsExactly(
            new Entry(Direction.IN, address, at, "main", "language", "SM1", Status.RECEIVED),
            new Entry(Direction.OUT, address, at, "main", "consent", null, Status.QUEUED));
  }

  @Test
  void statusesOnlyMoveForwardWhateverOrderCallbacksArriveIn() {
    String sid = "SM" + UUID.randomUUID();
    long id = outbound();
    log.sent(id, sid, at.plusSeconds(1));
    assertThat(log.status("whatsapp", sid, Status.READ, null, at.plusSeconds(5))).isTrue();
    // late and repeated callbacks change nothing
    assertThat(log.status("whatsapp", sid, Status.DELIVERED, null, at.plusSeconds(3))).isFalse();
    assertThat(log.status("whatsapp", sid, Status.SENT, null, at.plusSeconds(2))).isFalse();
    assertThat(log.status("whatsapp", sid, Status.READ, null, at.plusSeconds(6))).isFalse();
    assertThat(last().status()).isEqualTo(Status.READ);
  }

  @Test
  void aFailureIsKeptWithItsErrorCode() {
    String sid = "SM" + UUID.randomUUID();
    log.sent(outbound(), sid, at);
    assertThat(log.status("whatsapp", sid, Status.FAILED, "63016", at.plusSeconds(2))).isTrue();
    assertThat(log.status("whatsapp", sid, Status.DELIVERED, null, at.plusSeconds(3))).isFalse();
    assertThat(last().status()).isEqualTo(Status.FAILED);
    assertThat(
            JdbcClient.create(dataSource())
                .sql("select error_code from message_log where provider_message_id = ?")
                .param(sid)
                .query(String.class)
                .single())
        .isEqualTo("63016");
  }

  @Test
  void aDeliveryCallbackBeforeTheSendReturnedIsNotUndone() {
    String sid = "SM" + UUID.randomUUID();
    long id = outbound();
    log.sent(id, sid, at);
    log.status("whatsapp", sid, Status.DELIVERED, null, at.plusSeconds(1));
    log.sent(id, sid, at.plusSeconds(2)); // the sender records the send late
    assertThat(last().status()).isEqualTo(Status.DELIVERED);
    assertThat(last().providerMessageId()).isEqualTo(sid);
  }

  @Test
  void anUnknownProviderIdChangesNothing() {
    assertThat(log.status("whatsapp", "SM-unknown", Status.DELIVERED, null, at)).isFalse();
  }

  private long outbound() {
    return log.record(
            List.of(new Entry(Direction.OUT, address, at, "main", "menu", null, Status.QUEUED)))
        .get(0);
  }

  private Entry last() {
    List<Entry> all = log.of(address);
    return all.get(all.size() - 1);
  }
}
