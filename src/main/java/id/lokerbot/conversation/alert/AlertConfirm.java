package id.lokerbot.conversation.alert;

import id.lokerbot.alert.Frequency;
import id.lokerbot.alert.SubscribeRequested;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Shows the subscription to be saved and saves it when the person agrees. */
@Component
class AlertConfirm implements ActionHandler {

  private static final List<String> CHOICES = List.of("alert.confirm.yes", "alert.confirm.no");

  @Override
  public String name() {
    return "alert-confirm";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String keywords = turn.value(AlertValues.KEYWORDS);
    String to = turn.value(AlertValues.TO);
    String channel =
        to.equals(turn.address())
            ? turn.text("alert.channel.here." + AlertValues.scheme(to))
            : turn.text("alert.channel." + AlertValues.scheme(to))
                + (AlertValues.phone(to) == null ? "" : " " + AlertValues.phone(to));
    String frequency = turn.text("alert.frequency." + turn.value(AlertValues.FREQUENCY));
    String hour = turn.value(AlertValues.HOUR);
    if (hour != null && !"instant".equals(turn.value(AlertValues.FREQUENCY))) {
      frequency = frequency + ", " + turn.text("alert.hour." + hour);
    }
    turn.reply(
        turn.text(
            "alert.confirm",
            Map.of(
                "where",
                turn.value(AlertValues.WHERE),
                "sector",
                AlertValues.sectorNames(turn, AlertValues.sectors(turn.value(AlertValues.SECTOR))),
                "keywords",
                keywords == null ? turn.text("alert.confirm.none") : keywords,
                "channel",
                channel,
                "frequency",
                frequency)),
        CHOICES.stream().map(turn::text).toList());
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    int chosen =
        AlertValues.choose(
            turn,
            answer,
            CHOICES,
            List.of(
                List.of("ya", "iya", "y", "ok", "oke", "simpan", "yes", "save"),
                List.of("tidak", "batal", "gak", "no", "cancel")));
    if (chosen < 0) {
      turn.say("common.invalid-choice");
      return enter(turn, params, next);
    }
    if (chosen == 0) {
      Frequency frequency = Frequency.of(turn.value(AlertValues.FREQUENCY));
      String hour = turn.value(AlertValues.HOUR);
      String regions = turn.value(AlertValues.REGIONS);
      String sector = turn.value(AlertValues.SECTOR);
      turn.publish(
          new SubscribeRequested(
              turn.address(),
              AlertValues.ANY.equals(regions) ? List.of() : List.of(regions.split("\\+")),
              AlertValues.sectors(sector),
              turn.value(AlertValues.KEYWORDS),
              turn.value(AlertValues.TO),
              frequency,
              hour == null || frequency == Frequency.INSTANT ? -1 : Integer.parseInt(hour),
              turn.language(),
              turn.now()));
      turn.say("alert.saved");
    } else {
      turn.say("alert.cancelled");
    }
    AlertValues.clear(turn);
    return Step.go(next);
  }
}
