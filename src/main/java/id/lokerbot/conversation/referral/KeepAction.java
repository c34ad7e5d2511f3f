package id.lokerbot.conversation.referral;

import id.lokerbot.assessment.ProfileFactGiven;
import id.lokerbot.assessment.Regencies;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * After an apply question the profile lacked ({@code age}, {@code education} or {@code regency}):
 * keeps the answer in the person's profile when they consented to one, so it is not asked again. A
 * typed place becomes a regency code only when it names exactly one regency; otherwise it serves
 * this application by its name and the profile is left alone.
 *
 * <pre>{@code
 * - id: keep-age
 *   action: referral-keep
 *   with: { field: age }
 *   next: check
 * }</pre>
 */
@Component
class KeepAction implements ActionHandler {

  private final Applying applying;

  KeepAction(Applying applying) {
    this.applying = applying;
  }

  @Override
  public String name() {
    return "referral-keep";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String field = params.get("field");
    String value = field == null ? null : turn.value(field);
    if (value == null) {
      return Step.go(next);
    }
    switch (field) {
      case "age" -> {
        try {
          keep(turn, "birthYear", String.valueOf(turn.thisYear() - Integer.parseInt(value)));
        } catch (NumberFormatException e) {
          // the input rule only lets numbers through; nothing to keep otherwise
        }
      }
      case "education" -> keep(turn, "education", value);
      case "regency" -> {
        List<Regencies.Regency> found = applying.regencies().match(value);
        if (found.size() == 1) {
          turn.save("regency", found.get(0).label());
          turn.save("regencyCode", found.get(0).code());
          keep(turn, "regency", found.get(0).code());
        }
      }
      default -> throw new IllegalArgumentException("referral-keep: unknown field " + field);
    }
    return Step.go(next);
  }

  private static void keep(Turn turn, String field, String value) {
    if ("yes".equals(turn.value("consent"))) {
      turn.publish(new ProfileFactGiven(turn.address(), field, value, turn.now()));
    }
  }
}
