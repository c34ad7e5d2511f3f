package id.lokerbot.conversation.alert;

import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.TextMatch;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;

/** The values the alert flow keeps while a person subscribes, and a few shared helpers. */
final class AlertValues {

  static final String REGIONS = "alertRegions";
  static final String WHERE = "alertWhere";
  static final String SECTOR = "alertSector";
  static final String KEYWORDS = "alertKeywordsText";
  static final String TO = "alertTo";
  static final String WANTED = "alertChannelWanted";
  static final String PHONE = "alertPhone";
  static final String FREQUENCY = "alertFrequency";
  static final String HOUR = "alertHour";
  static final String OPTIONS = "alertOptions";
  static final String MANAGING = "alertManaging";

  /** Set when the subscription was prefilled from a search or an interest result. */
  static final String LIKE = "alertLike";

  static final String ANY = "_any";

  private static final List<String> ALL =
      List.of(
          REGIONS, WHERE, SECTOR, KEYWORDS, TO, WANTED, PHONE, FREQUENCY, HOUR, OPTIONS, MANAGING,
          LIKE);

  private AlertValues() {}

  /** Forgets a previous, unfinished subscription's answers. */
  static void clear(Turn turn) {
    ALL.forEach(turn::forget);
  }

  /**
   * Which of the choices (message keys, each with extra words) the answer picks, or -1.
   *
   * @param extras for each choice, more words that pick it (may be shorter than keys)
   */
  static int choose(Turn turn, Answer answer, List<String> keys, List<List<String>> extras) {
    List<List<String>> candidates = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> words = new ArrayList<>();
      words.add(turn.text(keys.get(i)));
      if (i < extras.size()) {
        words.addAll(extras.get(i));
      }
      candidates.add(words);
    }
    return TextMatch.choose(answer, candidates);
  }

  /** The sectors of a saved choice ({@code any}, {@code G} or {@code C+H}); empty for any. */
  static List<String> sectors(String saved) {
    return saved == null || saved.isBlank() || saved.equals("any")
        ? List.of()
        : List.of(saved.split("\\+"));
  }

  /** How sectors are shown: their names, or "any sector". */
  static String sectorNames(Turn turn, List<String> sectors) {
    if (sectors.isEmpty()) {
      return turn.text("alert.sector.any");
    }
    List<String> names = new ArrayList<>();
    sectors.forEach(s -> names.add(turn.text("alert.sector." + s)));
    return String.join("; ", names);
  }

  /** The scheme of an address ({@code whatsapp} of {@code whatsapp:+62…}). */
  static String scheme(String address) {
    int colon = address.indexOf(':');
    return colon < 0 ? "" : address.substring(0, colon);
  }

  /** The phone number of a WhatsApp or SMS address, or null. */
  static String phone(String address) {
    String scheme = scheme(address);
    return scheme.equals("whatsapp") || scheme.equals("sms")
        ? address.substring(scheme.length() + 1)
        : null;
  }

  /**
   * An Indonesian mobile number in E.164 ({@code +628…}), from how people write it ({@code 0812
   * 3456 7890}, {@code 62812…}, {@code +62 812-…}); null when it is not one.
   */
  static String mobile(String text) {
    String digits = text.replaceAll("[\\s().-]", "");
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    } else if (digits.startsWith("0")) {
      digits = "62" + digits.substring(1);
    }
    return digits.matches("628\\d{7,11}") ? "+" + digits : null;
  }
}
