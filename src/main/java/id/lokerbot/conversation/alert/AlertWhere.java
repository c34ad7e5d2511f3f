package id.lokerbot.conversation.alert;

import id.lokerbot.alert.Alerts;
import id.lokerbot.alert.Area;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Asks where the person wants to work: regency or city names (several separated by commas or
 * "dan"), or anywhere. Starts a fresh subscription, so it forgets earlier unfinished answers
 * (unless {@code keep: "yes"}: the other answers were prefilled).
 */
@Component
class AlertWhere implements ActionHandler {

  private static final List<String> ANYWHERE =
      List.of("semua", "semua daerah", "mana saja", "dimana saja", "bebas", "any", "anywhere");

  private final Alerts alerts;

  AlertWhere(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String name() {
    return "alert-where";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    if (!"yes".equals(params.get("keep"))) {
      AlertValues.clear(turn);
    }
    return ask(turn);
  }

  private static Step ask(Turn turn) {
    turn.ask("alert.ask.where", List.of("alert.where.any"));
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    if (AlertValues.choose(turn, answer, List.of("alert.where.any"), List.of(ANYWHERE)) == 0) {
      turn.save(AlertValues.REGIONS, AlertValues.ANY);
      turn.save(AlertValues.WHERE, turn.text("alert.where.any-name"));
      return Step.go(next);
    }
    String text = answer.text().strip();
    Optional<Area> area = text.isEmpty() ? Optional.empty() : resolve(text);
    if (area.isEmpty()) {
      turn.say(
          "alert.where.unknown", Map.of("text", text.length() > 40 ? text.substring(0, 40) : text));
      return ask(turn);
    }
    turn.save(AlertValues.REGIONS, String.join("+", area.get().codes()));
    turn.save(AlertValues.WHERE, area.get().name());
    return Step.go(next);
  }

  /** Each part separated by commas or "dan"/"and" is a place; without separators the whole text. */
  private Optional<Area> resolve(String text) {
    String[] parts = text.split("\\s*(?:,|;|/|&|\\bdan\\b|\\band\\b)\\s*");
    if (parts.length < 2) {
      return alerts.area(text);
    }
    Set<String> codes = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      Optional<Area> area = alerts.area(part);
      if (area.isEmpty()) {
        return Optional.empty();
      }
      codes.addAll(area.get().codes());
      names.add(area.get().name());
    }
    return Optional.of(new Area(List.copyOf(codes), String.join(", ", names)));
  }
}
