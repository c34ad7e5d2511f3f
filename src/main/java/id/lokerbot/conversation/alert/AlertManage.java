package id.lokerbot.conversation.alert;

import id.lokerbot.alert.Alerts;
import id.lokerbot.alert.SubscriptionChangeRequested;
import id.lokerbot.alert.SubscriptionChangeRequested.Change;
import id.lokerbot.alert.SubscriptionView;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * LANGGANAN: lists the person's alert subscriptions; picking one offers pause or resume, and
 * remove. Changes are published as events.
 */
@Component
class AlertManage implements ActionHandler {

  static final String NEW_SUBSCRIPTION = "alerts:consent-check";

  private final Alerts alerts;

  AlertManage(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String name() {
    return "alert-manage";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    turn.forget(AlertValues.MANAGING);
    List<SubscriptionView> subscriptions = alerts.subscriptions(turn.address());
    if (subscriptions.isEmpty()) {
      turn.say("alert.list.empty");
      return Step.go(next);
    }
    StringBuilder list = new StringBuilder();
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < subscriptions.size(); i++) {
      list.append(i + 1).append(". ").append(describe(turn, subscriptions.get(i))).append('\n');
      choices.add(turn.text("alert.list.choice", Map.of("n", String.valueOf(i + 1))));
    }
    choices.add(turn.text("alert.list.new"));
    choices.add(turn.text("alert.list.back"));
    turn.reply(turn.text("alert.list", Map.of("list", list.toString().stripTrailing())), choices);
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    List<SubscriptionView> subscriptions = alerts.subscriptions(turn.address());
    String managing = turn.value(AlertValues.MANAGING);
    if (managing == null) {
      return pick(turn, answer, subscriptions, params, next);
    }
    int n = Integer.parseInt(managing);
    if (n < 1 || n > subscriptions.size()) {
      return enter(turn, params, next);
    }
    SubscriptionView s = subscriptions.get(n - 1);
    List<String> keys = actions(s);
    int chosen =
        AlertValues.choose(
            turn,
            answer,
            keys,
            List.of(
                List.of(s.paused() ? "lanjut" : "jeda", s.paused() ? "resume" : "pause"),
                List.of("hapus", "remove", "delete"),
                List.of("kembali", "back")));
    if (chosen < 0) {
      turn.say("common.invalid-choice");
      return ask(turn, n, s);
    }
    Map<String, String> vars = Map.of("n", String.valueOf(n));
    turn.forget(AlertValues.MANAGING);
    switch (chosen) {
      case 0 -> {
        Change change = s.paused() ? Change.RESUME : Change.PAUSE;
        turn.publish(new SubscriptionChangeRequested(turn.address(), s.id(), change, turn.now()));
        turn.say(s.paused() ? "alert.manage.resumed" : "alert.manage.paused", vars);
      }
      case 1 -> {
        turn.publish(
            new SubscriptionChangeRequested(turn.address(), s.id(), Change.REMOVE, turn.now()));
        turn.say("alert.manage.removed", vars);
      }
      default -> {
        return enter(turn, params, next);
      }
    }
    return Step.go(next);
  }

  private Step pick(
      Turn turn,
      Answer answer,
      List<SubscriptionView> subscriptions,
      Map<String, String> params,
      String next) {
    List<String> keys = new ArrayList<>();
    List<List<String>> extras = new ArrayList<>();
    for (int i = 0; i < subscriptions.size(); i++) {
      keys.add("alert.list.choice");
      extras.add(List.of(turn.text("alert.list.choice", Map.of("n", String.valueOf(i + 1)))));
    }
    keys.add("alert.list.new");
    extras.add(List.of("tambah", "baru", "add", "new"));
    keys.add("alert.list.back");
    extras.add(List.of("kembali", "menu", "back"));
    int chosen = AlertValues.choose(turn, answer, keys, extras);
    if (chosen < 0) {
      turn.say("common.invalid-choice");
      return enter(turn, params, next);
    }
    if (chosen == subscriptions.size()) {
      return Step.go(NEW_SUBSCRIPTION);
    }
    if (chosen == subscriptions.size() + 1) {
      return Step.go(next);
    }
    turn.save(AlertValues.MANAGING, String.valueOf(chosen + 1));
    return ask(turn, chosen + 1, subscriptions.get(chosen));
  }

  private Step ask(Turn turn, int n, SubscriptionView s) {
    turn.reply(
        turn.text("alert.manage.ask", Map.of("n", String.valueOf(n))) + "\n" + describe(turn, s),
        actions(s).stream().map(turn::text).toList());
    return Step.waitForAnswer();
  }

  private static List<String> actions(SubscriptionView s) {
    return List.of(
        s.paused() ? "alert.manage.resume" : "alert.manage.pause",
        "alert.manage.remove",
        "alert.list.back");
  }

  private String describe(Turn turn, SubscriptionView s) {
    String where =
        s.regencies().isEmpty()
            ? turn.text("alert.where.any-name")
            : String.join(", ", s.regencies().stream().map(alerts::regencyName).toList());
    String sector = AlertValues.sectorNames(turn, s.sectors());
    String channel =
        s.deliverTo().equals(turn.address())
            ? turn.text("alert.channel.here." + AlertValues.scheme(s.deliverTo()))
            : turn.text("alert.channel." + AlertValues.scheme(s.deliverTo()));
    return turn.text(
        "alert.list.item",
        Map.of(
            "where",
            where,
            "sector",
            sector,
            "keywords",
            s.keywords().isBlank()
                ? ""
                : turn.text("alert.list.keywords", Map.of("keywords", s.keywords())),
            "channel",
            channel,
            "frequency",
            turn.text("alert.frequency." + s.frequency().code()),
            "paused",
            s.paused() ? " " + turn.text("alert.list.paused") : ""));
  }
}
