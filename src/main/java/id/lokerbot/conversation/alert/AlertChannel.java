package id.lokerbot.conversation.alert;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Asks where alerts go: this chat (WhatsApp, Telegram), or SMS / WhatsApp to a phone number. When
 * the chat already knows the number (a WhatsApp chat) SMS goes to it; otherwise the flow asks for
 * one ({@code alertTo} stays empty).
 */
@Component
class AlertChannel implements ActionHandler {

  private static final List<String> CHANNELS = List.of("whatsapp", "telegram", "sms");

  @Override
  public String name() {
    return "alert-channel";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    List<String> options = options(turn.address());
    turn.save(AlertValues.OPTIONS, String.join(",", options));
    turn.forget(AlertValues.TO);
    turn.ask("alert.ask.channel", options.stream().map(o -> key(o, turn.address())).toList());
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    List<String> options = List.of(turn.value(AlertValues.OPTIONS).split(","));
    List<String> keys = options.stream().map(o -> key(o, turn.address())).toList();
    List<List<String>> extras = options.stream().map(AlertChannel::words).toList();
    int chosen = AlertValues.choose(turn, answer, keys, extras);
    if (chosen < 0) {
      turn.say("common.invalid-choice");
      return enter(turn, params, next);
    }
    String option = options.get(chosen);
    if (option.equals("here")) {
      turn.save(AlertValues.TO, turn.address());
      return Step.go(next);
    }
    String phone = AlertValues.phone(turn.address());
    turn.save(AlertValues.WANTED, option);
    if (phone != null) {
      turn.save(AlertValues.TO, option + ":" + phone);
    }
    return Step.go(next);
  }

  /** This chat when alerts can reach it, then SMS and WhatsApp to a number. */
  static List<String> options(String address) {
    String scheme = AlertValues.scheme(address);
    List<String> options = new ArrayList<>();
    if (CHANNELS.contains(scheme)) {
      options.add("here");
    }
    if (!scheme.equals("sms")) {
      options.add("sms");
    }
    if (!scheme.equals("whatsapp")) {
      options.add("whatsapp");
    }
    return options;
  }

  private static List<String> words(String option) {
    return switch (option) {
      case "here" -> List.of("sini", "chat ini", "here");
      case "whatsapp" -> List.of("whatsapp", "wa");
      default -> List.of(option);
    };
  }

  private static String key(String option, String address) {
    return option.equals("here")
        ? "alert.channel.here." + AlertValues.scheme(address)
        : "alert.channel." + option;
  }
}
