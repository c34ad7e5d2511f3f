package id.lokerbot.assessment;

import java.util.List;
import java.util.Optional;

/** Who a chat address belongs to, from the youth module's records. */
interface People {

  /** The youth id of the person writing from this address, once they consented. */
  Optional<String> personOf(String address);

  /** Every address of the person (Telegram, WhatsApp, …). */
  List<String> addresses(String personId);

  /** Deletes the person, their addresses and consent ledger rows. */
  void forget(String personId);
}
