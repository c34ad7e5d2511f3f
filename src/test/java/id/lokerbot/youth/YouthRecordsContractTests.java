package id.lokerbot.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Youth profiles and the consent ledger on a real database: H2 and PostgreSQL. */
abstract class YouthRecordsContractTests {

  abstract DataSource dataSource();

  final JdbcClient jdbc = JdbcClient.create(dataSource());
  final Youths youths = new Youths(jdbc);
  final ConsentLedger ledger = new ConsentLedger(jdbc);
  final ConsentRecorder recorder = new ConsentRecorder(youths, ledger);
  final String address = "whatsapp:+62812" + UUID.randomUUID().toString().substring(0, 8);
  final Instant at = Instant.parse("2026-11-28T02:00:00Z");

  @Test
  void createsAndFindsAYouthByAddress() {
    Youth created = youths.create(address, "whatsapp", "id", "given", at);
    assertThat(youths.findByAddress(address)).contains(created);
    assertThat(youths.find(created.id())).contains(created);
    assertThat(youths.findByAddress(address + "9")).isEmpty();
  }

  @Test
  void oneYouthCanWriteFromSeveralAddresses() {
    Youth youth = youths.create(address, "whatsapp", "id", "given", at);
    String telegram = "telegram:" + UUID.randomUUID();
    youths.link(youth.id(), telegram, "telegram", at.plusSeconds(60));
    assertThat(youths.findByAddress(telegram)).contains(youth);
    assertThat(youths.addresses(youth.id())).containsExactly(address, telegram);
  }

  @Test
  void anAddressBelongsToOneYouthOnly() {
    youths.create(address, "whatsapp", "id", "given", at);
    Youth other = youths.create("sim:" + UUID.randomUUID(), "sim", "en", "given", at);
    assertThatThrownBy(() -> youths.link(other.id(), address, "whatsapp", at))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void theLedgerKeepsEveryAnswerAndTheLatestCounts() {
    Youth youth = youths.create(address, "whatsapp", "id", "given", at);
    ledger.append(youth.id(), "store-data", true, "whatsapp", at);
    ledger.append(youth.id(), "referral:alfamart", true, "whatsapp", at.plusSeconds(10));
    ledger.append(youth.id(), "store-data", false, "telegram", at.plusSeconds(20));
    assertThat(ledger.history(youth.id())).hasSize(3);
    assertThat(ledger.current(youth.id(), "store-data")).contains(false);
    assertThat(ledger.current(youth.id(), "share-accommodations")).isEmpty();
    assertThat(ledger.current(youth.id()))
        .isEqualTo(Map.of("store-data", false, "referral:alfamart", true));
  }

  @Test
  void aFirstYesCreatesTheYouthWithTheirAddress() {
    recorder.record(new ConsentAnswered(address, "store-data", true, "whatsapp", "en", at));
    Youth youth = youths.findByAddress(address).orElseThrow();
    assertThat(youth.language()).isEqualTo("en");
    assertThat(youth.consentState()).isEqualTo("given");
    assertThat(ledger.history(youth.id()))
        .containsExactly(new ConsentLedger.Entry("store-data", true, at, "whatsapp"));
  }

  @Test
  void aNoFromSomeoneUnknownStoresNothing() {
    recorder.record(new ConsentAnswered(address, "store-data", false, "whatsapp", "id", at));
    assertThat(youths.findByAddress(address)).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from consent_event e join youth_address a"
                        + " on a.youth_id = e.youth_id where a.address = ?")
                .param(address)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aLaterNoWithdrawsConsent() {
    recorder.record(new ConsentAnswered(address, "store-data", true, "whatsapp", "id", at));
    recorder.record(
        new ConsentAnswered(address, "store-data", false, "whatsapp", "id", at.plusSeconds(60)));
    Youth youth = youths.findByAddress(address).orElseThrow();
    assertThat(youth.consentState()).isEqualTo("withdrawn");
    assertThat(ledger.current(youth.id(), "store-data")).contains(false);
    assertThat(ledger.history(youth.id())).hasSize(2);
  }
}
