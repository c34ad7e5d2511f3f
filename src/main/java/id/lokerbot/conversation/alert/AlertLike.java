package id.lokerbot.conversation.alert;

import id.lokerbot.alert.Alerts;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where a subscription starts. From the menu: nothing prefilled. "Kabari saya kalau ada yang
 * seperti ini" after search results ({@code from: search}): the search's words and regencies, any
 * sector. After an interest result ({@code from: interest}): the sectors the flow maps the top
 * types to (the other parameters, e.g. {@code R: "C+H"}) and the person's home regency when known.
 * The flow then asks only what is still missing.
 */
@Component
class AlertLike implements ActionHandler {

  /** What the search results hand over (set by the catalog-search action). */
  static final String SEARCH_WORDS = "alertLikeWords";

  static final String SEARCH_REGENCIES = "alertLikeRegencies";

  /** The person's home regency, when a search asked for it (conversation.search). */
  static final String HOME = "searchHome";

  /** The top interest types of the last result (conversation.assessment). */
  static final String INTEREST_TOP = "interestTop";

  private final Alerts alerts;

  AlertLike(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String name() {
    return "alert-like";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String words = turn.value(SEARCH_WORDS);
    String regencies = turn.value(SEARCH_REGENCIES);
    turn.forget(SEARCH_WORDS);
    turn.forget(SEARCH_REGENCIES);
    AlertValues.clear(turn);
    switch (params.getOrDefault("from", "menu")) {
      case "search" -> {
        place(turn, regencies == null || regencies.isBlank() ? List.of() : split(regencies));
        turn.save(AlertValues.SECTOR, "any");
        if (words != null && !alerts.keywords(words).isEmpty()) {
          turn.save(AlertValues.KEYWORDS, words.strip());
        }
        turn.save(AlertValues.LIKE, "search");
      }
      case "interest" -> {
        String home = turn.value(HOME);
        if (home != null && !home.isBlank()) {
          place(turn, List.of(home));
        }
        turn.save(AlertValues.SECTOR, sectors(turn.value(INTEREST_TOP), params));
        turn.save(AlertValues.LIKE, "interest");
      }
      default -> {}
    }
    return Step.go(next);
  }

  private void place(Turn turn, List<String> codes) {
    if (codes.isEmpty()) {
      turn.save(AlertValues.REGIONS, AlertValues.ANY);
      turn.save(AlertValues.WHERE, turn.text("alert.where.any-name"));
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    codes.forEach(c -> names.add(alerts.regencyName(c)));
    turn.save(AlertValues.REGIONS, String.join("+", codes));
    turn.save(AlertValues.WHERE, String.join(", ", names));
  }

  /** The sectors of the top types, in their order ({@code any} when there is no result). */
  static String sectors(String top, Map<String, String> params) {
    Set<String> sectors = new LinkedHashSet<>();
    if (top != null) {
      for (String type : top.split(",")) {
        String mapped = params.get(type.strip());
        if (mapped != null && !mapped.isBlank()) {
          sectors.addAll(split(mapped));
        }
      }
    }
    return sectors.isEmpty() ? "any" : String.join("+", sectors);
  }

  private static List<String> split(String joined) {
    List<String> out = new ArrayList<>();
    for (String s : joined.split("\\+")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
