package id.lokerbot.conversation.referral;

import id.lokerbot.channel.Addresses;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.referral.ReferralStatus;
import id.lokerbot.referral.ReferralSummary;
import id.lokerbot.referral.ReferralWithdrawRequested;
import id.lokerbot.referral.Referrals;
import id.lokerbot.youth.ConsentAnswered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "TARIK LAMARAN": the person picks one of their referrals and withdraws it, which also withdraws
 * their consent for that partner in the consent ledger.
 *
 * <pre>{@code
 * - id: withdraw
 *   action: referral-withdraw
 *   next: main:menu
 * }</pre>
 */
@Component
class WithdrawAction implements ActionHandler {

  private static final String IDS = "referralWithdrawIds";
  private static final String PARTNERS = "referralWithdrawPartners";

  private final Referrals referrals;

  WithdrawAction(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public String name() {
    return "referral-withdraw";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    List<ReferralSummary> live =
        referrals.of(turn.address()).stream()
            .filter(r -> r.status() != ReferralStatus.WITHDRAWN)
            .limit(9)
            .toList();
    if (live.isEmpty()) {
      turn.say("referral.mine.none");
      return Step.go(next);
    }
    List<String> labels = new ArrayList<>();
    live.forEach(r -> labels.add(r.vacancyTitle() + " (" + r.partnerName() + ")"));
    labels.add(turn.text("referral.choice.cancel"));
    turn.save(IDS, String.join(",", live.stream().map(ReferralSummary::id).toList()));
    turn.reply(turn.text("referral.withdraw.ask"), labels);
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    String[] ids = turn.value(IDS) == null ? new String[0] : turn.value(IDS).split(",");
    turn.forget(IDS);
    turn.forget(PARTNERS);
    String pick = answer.choice() != null ? answer.choice() : answer.text();
    int n;
    try {
      n = Integer.parseInt(pick.strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > ids.length) {
      turn.say("referral.withdraw.cancelled");
      return Step.go(next);
    }
    String id = ids[n - 1];
    referrals.of(turn.address()).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .ifPresent(
            r -> {
              turn.publish(new ReferralWithdrawRequested(turn.address(), id, turn.now()));
              turn.publish(
                  new ConsentAnswered(
                      turn.address(),
                      "referral:" + r.partnerId(),
                      false,
                      Addresses.scheme(turn.address()),
                      turn.language(),
                      turn.now()));
              turn.say("referral.withdraw.done", Map.of("partner", r.partnerName()));
            });
    return Step.go(next);
  }
}
