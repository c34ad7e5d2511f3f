package id.lokerbot.alert;

import java.util.List;

/**
 * One subscription as stored.
 *
 * @param regencies Kemendagri codes; empty = anywhere
 * @param sectors KBLI section letters; empty = any
 * @param keywords canonical terms (see {@link Terms}); empty = none
 * @param label the keywords as typed
 */
record Subscription(
    long id,
    String owner,
    String person,
    String deliverTo,
    String channel,
    List<String> regencies,
    List<String> sectors,
    List<String> keywords,
    String label,
    Frequency frequency,
    int digestHour,
    String language,
    boolean paused,
    boolean removed,
    long changeSeq) {

  static final String ANY = "_any";
  static final String NONE = "_none";

  boolean active() {
    return !paused && !removed;
  }

  SubscriptionView view() {
    return new SubscriptionView(
        id, regencies, sectors, label, deliverTo, frequency, digestHour, paused);
  }

  static String join(List<String> values) {
    return values.isEmpty() ? ANY : String.join("+", values);
  }

  static List<String> split(String value) {
    return value == null || value.isBlank() || value.equals(ANY)
        ? List.of()
        : List.of(value.split("\\+"));
  }
}
