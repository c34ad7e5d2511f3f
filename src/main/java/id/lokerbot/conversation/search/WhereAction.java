package id.lokerbot.conversation.search;

import id.lokerbot.catalog.CatalogSearch;
import id.lokerbot.catalog.Place;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.TextMatch;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Asks where to search: the programme regencies as numbered choices plus "anywhere"; any of the 35
 * regencies can also be typed, with town names, abbreviations and typos ("purwokerto", "smg",
 * "grobokan"). Saves {@code searchWhere} (codes, empty for anywhere) and {@code searchHome}.
 */
@Component
class WhereAction implements ActionHandler {

  static final String WHERE = "searchWhere";
  static final String HOME = "searchHome";
  private static final Set<String> ANYWHERE =
      Set.of(
          "semua",
          "mana saja",
          "dimana saja",
          "di mana saja",
          "jateng",
          "jawa tengah",
          "any",
          "anywhere",
          "all",
          "bebas");

  private final CatalogSearch catalog;

  WhereAction(CatalogSearch catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "catalog-where";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    List<String> labels = new ArrayList<>();
    catalog.programmeRegencies().forEach(p -> labels.add(p.name()));
    labels.add(turn.text("search.where.any"));
    turn.reply(turn.text("search.ask.where"), labels);
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    List<Place> places = catalog.programmeRegencies();
    int n = SearchAction.number(answer);
    String text = TextMatch.normalise(answer.text());
    if (n == places.size() + 1 || ANYWHERE.contains(text)) {
      turn.save(WHERE, "");
      return Step.go(next);
    }
    Optional<Place> place =
        n >= 1 && n <= places.size() ? Optional.of(places.get(n - 1)) : catalog.place(text);
    if (place.isEmpty()) {
      turn.say("search.where.unknown", Map.of("text", answer.text()));
      return enter(turn, params, next);
    }
    turn.save(WHERE, place.get().value());
    if (place.get().codes().size() == 1) {
      turn.save(HOME, place.get().codes().get(0));
    }
    return Step.go(next);
  }
}
