package id.lokerbot.assessment;

import java.time.Instant;
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

  /** Forgets the one-time link codes an address issued. */
  void forgetLinkCodes(String address);

  /** Adds an address to the person. */
  void link(String personId, String address, Instant at);

  /** Moves the addresses and consents of {@code from} to {@code into} and deletes {@code from}. */
  void merge(String from, String into);
}
