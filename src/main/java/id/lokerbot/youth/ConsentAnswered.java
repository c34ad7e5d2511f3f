package id.lokerbot.youth;

import java.time.Instant;

/**
 * A person answered a consent question.
 *
 * @param address where they answered: {@code telegram:123}, {@code whatsapp:+62…}, {@code sim:x}
 * @param purpose what they answered about: {@code store-data}, {@code referral:<partner>}, …
 * @param given yes (true) or no (false)
 * @param channel the address's channel ({@code telegram}, {@code whatsapp}, {@code sim}, …)
 * @param language the language they chat in ({@code id}, {@code en})
 * @param at when they answered
 */
public record ConsentAnswered(
    String address, String purpose, boolean given, String channel, String language, Instant at) {

  /** Keeping the person's answers so we need not ask again and can send fitting news. */
  public static final String STORE_DATA = "store-data";
}
