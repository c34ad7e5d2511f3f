package id.lokerbot.channel;

/**
 * What the channels keep per address (message log rows, Telegram start sources and shared contacts,
 * the opt-out list), for a person who asked us to delete their data.
 */
public interface AddressRecords {

  /**
   * Deletes every row the channels keep for the address. A stop (opt-out) record is kept, but only
   * as a hash of the address: we must never message a stopped number again, and the hash answers
   * "is this address stopped?" without showing the number. Phone numbers are few enough to guess,
   * so the hash hides the number from anyone reading the table, not from a determined attacker.
   */
  void forget(String address);
}
