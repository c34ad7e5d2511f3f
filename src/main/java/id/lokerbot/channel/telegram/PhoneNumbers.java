package id.lokerbot.channel.telegram;

/**
 * Telegram's {@code phone_number} as E.164. Telegram sends international numbers, usually without
 * the plus ({@code 6281234567890}); a national Indonesian {@code 0812…} gets {@code +62}. Nothing
 * more clever: the number comes from the person's own Telegram account.
 */
final class PhoneNumbers {

  private PhoneNumbers() {}

  /** The number as {@code +<digits>}, or null when it is not a plausible phone number. */
  static String e164(String raw) {
    if (raw == null) {
      return null;
    }
    String digits = raw.replaceAll("[\\s().-]", "");
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    } else if (digits.startsWith("00")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = "62" + digits.substring(1);
    }
    if (!digits.matches("[1-9][0-9]{7,14}")) {
      return null;
    }
    return "+" + digits;
  }
}
