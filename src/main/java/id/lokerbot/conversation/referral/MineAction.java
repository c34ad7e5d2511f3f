package id.lokerbot.conversation.referral;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.referral.InterviewTimes;
import id.lokerbot.referral.ReferralSummary;
import id.lokerbot.referral.Referrals;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "LAMARAN SAYA": the person's referrals and where each stands.
 *
 * <pre>{@code
 * - id: mine
 *   action: referral-mine
 *   next: main:menu
 * }</pre>
 */
@Component
class MineAction implements ActionHandler {

  private final Referrals referrals;

  MineAction(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public String name() {
    return "referral-mine";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    List<ReferralSummary> mine = referrals.of(turn.address());
    if (mine.isEmpty()) {
      turn.say("referral.mine.none");
      return Step.go(next);
    }
    StringBuilder text = new StringBuilder(turn.text("referral.mine.header"));
    for (int i = 0; i < mine.size() && i < 10; i++) {
      ReferralSummary r = mine.get(i);
      text.append("\n")
          .append(
              turn.text(
                  "referral.mine.line",
                  Map.of(
                      "n", String.valueOf(i + 1),
                      "vacancy", r.vacancyTitle(),
                      "partner", r.partnerName(),
                      "status", turn.text("referral.status-name." + r.status().wire()))));
      if (r.interviewAt() != null) {
        text.append("\n")
            .append(
                turn.text(
                    "referral.mine.interview",
                    Map.of(
                        "when",
                        InterviewTimes.format(r.interviewAt(), turn.language()),
                        "place",
                        r.place() == null ? "" : r.place())));
      }
    }
    text.append("\n").append(turn.text("referral.mine.footer"));
    turn.reply(text.toString(), List.of());
    return Step.go(next);
  }
}
