package id.lokerbot.referral;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The partners of the content in force. */
@Service
public class Partners {

  private record Read(long version, Map<String, Partner> byId) {}

  private final ContentService content;
  private final boolean allowHttp;
  private volatile Read read;

  Partners(ContentService content, ReferralProperties properties) {
    this.content = content;
    this.allowHttp = properties.allowHttp();
  }

  public List<Partner> all() {
    return List.copyOf(current().values());
  }

  public Optional<Partner> byId(String id) {
    return Optional.ofNullable(id == null ? null : current().get(id));
  }

  /** The partner that takes referrals for a vacancy of that employer name and sector. */
  public Optional<Partner> forVacancy(String vacancyPartner, String sector) {
    return current().values().stream()
        .filter(p -> p.recruitsFor(vacancyPartner, null))
        .findFirst()
        .or(() -> current().values().stream().filter(p -> p.recruitsFor(null, sector)).findFirst());
  }

  /** The partner whose recruiter chat this address is. */
  public Optional<Partner> byRecruiterChat(String address) {
    return current().values().stream().filter(p -> address.equals(p.delivery().chat())).findFirst();
  }

  private Map<String, Partner> current() {
    Content now = content.current();
    Read r = read;
    if (r == null || r.version() != now.version()) {
      // Content in force passed PartnersCheck, so reading finds no problems here.
      r = new Read(now.version(), PartnerReader.read(now, new Problems(), allowHttp));
      read = r;
    }
    return r.byId();
  }
}
