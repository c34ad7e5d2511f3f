package id.lokerbot.channel;

/** Helpers for addresses of the form {@code scheme:id}. */
public final class Addresses {

  private Addresses() {}

  public static String scheme(String address) {
    int colon = address.indexOf(':');
    return colon < 0 ? "" : address.substring(0, colon);
  }

  /**
   * The address fit for a log line: the scheme and the last three characters only, so logs never
   * carry a full phone number or chat id.
   */
  public static String masked(String address) {
    if (address == null) {
      return "-";
    }
    int colon = address.indexOf(':');
    String id = colon < 0 ? address : address.substring(colon + 1);
    String tail = id.length() <= 3 ? "" : id.substring(id.length() - 3);
    return scheme(address) + ":…" + tail;
  }
}
