package id.lokerbot.referral;

import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the person each status change, in their language, on the channel they applied from. */
@Component
class StatusNotifier {

  private final ReferralRepository repository;
  private final Partners partners;
  private final ContentService content;
  private final Messenger messenger;

  StatusNotifier(
      ReferralRepository repository,
      Partners partners,
      ContentService content,
      Messenger messenger) {
    this.repository = repository;
    this.partners = partners;
    this.content = content;
    this.messenger = messenger;
  }

  @ApplicationModuleListener
  void on(ReferralStatusChanged event) {
    repository
        .find(event.referralId())
        .filter(row -> !row.address().equals(ReferralRow.FORGOTTEN))
        .ifPresent(row -> messenger.notify(message(row, event)));
  }

  OutboundMessage message(ReferralRow row, ReferralStatusChanged event) {
    Map<String, String> vars = new HashMap<>();
    vars.put("vacancy", row.vacancyTitle());
    vars.put("partner", partners.byId(row.partnerId()).map(Partner::name).orElse(""));
    String key = "referral.status." + event.status().wire();
    if (event.status() == ReferralStatus.INTERVIEW_SCHEDULED) {
      if (event.interviewAt() == null) {
        key = "referral.status.interview_invited";
      } else {
        vars.put("when", InterviewTimes.format(event.interviewAt(), row.language()));
        vars.put("place", event.place() == null ? "" : event.place());
      }
    }
    return new OutboundMessage(
        row.address(), content.current().messages().text(row.language(), key, vars));
  }
}
