package id.lokerbot.conversation.alert;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks the phone number typed for SMS or WhatsApp alerts; asks again when it is not one. */
@Component
class AlertPhone implements ActionHandler {

  @Override
  public String name() {
    return "alert-phone";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String typed = turn.value(AlertValues.PHONE);
    String mobile = typed == null ? null : AlertValues.mobile(typed);
    turn.forget(AlertValues.PHONE);
    if (mobile == null) {
      turn.say("alert.phone.invalid");
      return Step.go(params.getOrDefault("ask", "phone"));
    }
    String wanted = turn.value(AlertValues.WANTED);
    turn.save(AlertValues.TO, (wanted == null ? "sms" : wanted) + ":" + mobile);
    return Step.go(next);
  }
}
