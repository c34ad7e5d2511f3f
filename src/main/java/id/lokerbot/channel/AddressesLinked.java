package id.lokerbot.channel;

import java.time.Instant;
import java.util.List;

/**
 * The person at {@code address} confirmed that other addresses are theirs too (for example a
 * Telegram user shared and confirmed their own phone number, giving {@code whatsapp:+62…} and
 * {@code sms:+62…}). The people module links them to the same person.
 *
 * @param address where they confirmed it
 * @param linked the addresses that belong to the same person
 * @param at when they confirmed
 */
public record AddressesLinked(String address, List<String> linked, Instant at) {

  public AddressesLinked {
    linked = List.copyOf(linked);
  }
}
