package id.lokerbot.conversation.referral;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import id.lokerbot.conversation.InboundFilter;
import id.lokerbot.referral.Partners;
import id.lokerbot.referral.ReferralStatus;
import id.lokerbot.referral.Referrals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A recruiter's button press on a referral card ({@code ref:<id>:accept}) in their Telegram chat
 * becomes a status change, never a turn of the dialogue. Only presses from the chat of the
 * referral's own partner count; anything else goes on to the conversation as usual.
 */
@Component
class RecruiterButtons implements InboundFilter {

  static final String PREFIX = "ref:";

  private final Referrals referrals;
  private final Partners partners;
  private final ContentService content;

  RecruiterButtons(Referrals referrals, Partners partners, ContentService content) {
    this.referrals = referrals;
    this.partners = partners;
    this.content = content;
  }

  @Override
  public boolean mightHandle(InboundMessage message) {
    return message.choice() != null && message.choice().startsWith(PREFIX);
  }

  @Override
  public Optional<List<OutboundMessage>> handle(InboundMessage message) {
    if (!mightHandle(message)) {
      return Optional.empty();
    }
    String choice = message.choice();
    var partner = partners.byRecruiterChat(message.address());
    if (partner.isEmpty()) {
      return Optional.empty();
    }
    var messages = content.current().messages();
    String language = partner.get().language();
    Optional<ReferralStatus> status = referrals.answerFromChat(message.address(), choice);
    if (status.isEmpty()) {
      return Optional.of(
          List.of(
              new OutboundMessage(
                  message.address(), messages.text(language, "referral.recruiter.unknown"))));
    }
    String name = messages.text(language, "referral.status-name." + status.get().wire());
    String text = messages.text(language, "referral.recruiter.recorded", Map.of("status", name));
    List<Choice> next = List.of();
    if (status.get() == ReferralStatus.INTERVIEW_SCHEDULED) {
      // after the interview: what came of it
      String id = choice.split(":")[1];
      next =
          List.of(
              new Choice(
                  PREFIX + id + ":hired", messages.text(language, "referral.recruiter.hired")),
              new Choice(
                  PREFIX + id + ":no_show", messages.text(language, "referral.recruiter.no_show")),
              new Choice(
                  PREFIX + id + ":decline", messages.text(language, "referral.recruiter.decline")));
    }
    return Optional.of(List.of(new OutboundMessage(message.address(), text, next)));
  }
}
