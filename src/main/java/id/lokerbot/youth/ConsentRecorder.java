package id.lokerbot.youth;

import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consent answers. A first "yes" creates the youth and their address; a "no" from someone
 * we do not know stores nothing at all; a "no" from someone we know is a withdrawal in the ledger.
 */
@Component
class ConsentRecorder {

  private final Youths youths;
  private final ConsentLedger ledger;

  ConsentRecorder(Youths youths, ConsentLedger ledger) {
    this.youths = youths;
    this.ledger = ledger;
  }

  @ApplicationModuleListener
  void on(ConsentAnswered event) {
    record(event);
  }

  @Transactional
  void record(ConsentAnswered e) {
    boolean storeData = ConsentAnswered.STORE_DATA.equals(e.purpose());
    Optional<Youth> known = youths.findByAddress(e.address());
    if (known.isEmpty() && !e.given()) {
      return; // honoured by keeping nothing
    }
    Youth youth =
        known.orElseGet(
            () ->
                youths.create(
                    e.address(),
                    e.channel(),
                    e.language(),
                    storeData ? "given" : "unknown",
                    e.at()));
    ledger.append(youth.id(), e.purpose(), e.given(), e.channel(), e.at());
    if (storeData && known.isPresent()) {
      youths.updateConsentState(youth.id(), e.given() ? "given" : "withdrawn");
    }
  }
}
