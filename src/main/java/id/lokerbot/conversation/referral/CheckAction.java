package id.lokerbot.conversation.referral;

import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.referral.Partner;
import id.lokerbot.referral.Referrals;
import id.lokerbot.referral.SharedField;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks an application to the vacancy saved as {@code vacancy} and saves what comes next as {@code
 * referralNext}: a field to ask for ({@code name}, {@code age}, …), {@code unmet} (with {@code
 * referralUnmet}), {@code stop} (already said why) or {@code ok}.
 *
 * <pre>{@code
 * - id: check
 *   action: referral-check
 *   next: route
 * }</pre>
 */
@Component
class CheckAction implements ActionHandler {

  private final Applying applying;
  private final Referrals referrals;

  CheckAction(Applying applying, Referrals referrals) {
    this.applying = applying;
    this.referrals = referrals;
  }

  @Override
  public String name() {
    return "referral-check";
  }

  @Override
  public Step enter(Turn turn, java.util.Map<String, String> params, String next) {
    turn.forget("referralNext");
    turn.forget("referralUnmet");
    String vacancyId = turn.value("vacancy");
    if (vacancyId == null) {
      return stop(turn, "referral.pick-first", next);
    }
    Optional<Opening> opening = applying.opening(vacancyId);
    if (opening.isEmpty()) {
      return stop(turn, "referral.unavailable", next);
    }
    if (!opening.get().open()) {
      return stop(turn, "referral.closed", next);
    }
    Optional<Partner> partner = applying.partner(opening.get());
    if (!opening.get().viaLokerbot() || partner.isEmpty()) {
      return stop(turn, "referral.not-through-us", next);
    }
    if (referrals.alreadyApplied(turn.address(), vacancyId)) {
      return stop(turn, "referral.already", next);
    }
    Partner p = partner.get();
    turn.save("referralPartner", p.id());
    turn.save("referralPartnerName", p.name());
    turn.save("referralVacancyTitle", opening.get().title());
    turn.save(
        "referralMinAge", opening.get().minAge() == null ? "-" : opening.get().minAge().toString());
    turn.save(
        "referralMaxAge", opening.get().maxAge() == null ? "-" : opening.get().maxAge().toString());
    turn.save(
        "referralRegency", opening.get().regencyName() == null ? "-" : opening.get().regencyName());
    if (opening.get().minEducation() != null) {
      turn.save(
          "referralEducation",
          turn.text("referral.choice.education." + opening.get().minEducation()));
    }
    turn.save(
        "referralDocuments",
        p.documents().stream()
            .map(d -> turn.text("referral.document." + d))
            .collect(Collectors.joining(", ")));
    boolean needsPhone = p.receives().contains(SharedField.CONTACT);
    String verdict = Qualification.check(opening.get(), p, applying.facts(turn), needsPhone).next();
    if (verdict.startsWith("ask:")) {
      turn.save("referralNext", verdict.substring(4));
    } else if (verdict.startsWith("unmet:")) {
      turn.save("referralNext", "unmet");
      turn.save("referralUnmet", verdict.substring(6));
    } else {
      turn.save("referralNext", "ok");
      boolean offer =
          p.receives().contains(SharedField.READINESS) && applying.readiness(turn).isPresent();
      turn.save("referralReadinessOffer", offer ? "yes" : "no");
      // what they need at work goes only when they choose to tell this recruiter
      turn.save(
          "referralAccommodationsOffer",
          p.receives().contains(SharedField.ACCOMMODATIONS) ? "yes" : "no");
    }
    return Step.go(next);
  }

  private static Step stop(Turn turn, String key, String next) {
    turn.say(key);
    turn.save("referralNext", "stop");
    return Step.go(next);
  }
}
