package id.lokerbot.referral;

import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the person each status change, in their language, on the channel they applied from. */
@Component
class StatusNotifier {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

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
    repository.find(event.referralId()).ifPresent(row -> messenger.notify(message(row, event)));
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
        vars.put("when", when(event.interviewAt(), row.language()));
        vars.put("place", event.place() == null ? "" : event.place());
      }
    }
    return new OutboundMessage(
        row.address(), content.current().messages().text(row.language(), key, vars));
  }

  /**
   * {@code 2026-12-03T09:00:00+07:00} → "3 Desember 2026, 09.00 WIB" / "3 December 2026, 09:00".
   */
  static String when(String iso, String language) {
    try {
      OffsetDateTime at = OffsetDateTime.parse(iso).atZoneSameInstant(JAKARTA).toOffsetDateTime();
      boolean id = "id".equals(language);
      DateTimeFormatter f =
          DateTimeFormatter.ofPattern(
              id ? "d MMMM yyyy, HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'",
              id ? Locale.forLanguageTag("id") : Locale.ENGLISH);
      return at.format(f);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
