package id.lokerbot.conversation.referral;

import id.lokerbot.assessment.ProfileFacts;
import id.lokerbot.assessment.Regencies;
import id.lokerbot.channel.Addresses;
import id.lokerbot.content.ContentService;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.referral.Candidate;
import id.lokerbot.referral.Partner;
import id.lokerbot.referral.Partners;
import id.lokerbot.referral.SharedField;
import id.lokerbot.youth.Youths;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the apply steps share: the opening and partner being applied to, the person's facts, and the
 * one candidate record that is both shown to the person and sent, so they always agree.
 *
 * <p>Age, education and regency come from the person's stored profile (issue 7, through the
 * assessment module's base package: never interest results); only what it lacks is asked, and those
 * answers last as long as the application unless the person consented to a profile.
 */
@Component
class Applying {

  /** Saved values of an application in progress; forgotten when it ends. */
  static final List<String> TEMPORARY =
      List.of(
          "age",
          "education",
          "regency",
          "regencyCode",
          "referralNext",
          "referralUnmet",
          "referralPartner",
          "referralPartnerName",
          "referralVacancyTitle",
          "referralDocuments",
          "referralReadinessOffer",
          "referralAccommodationsOffer",
          "shareAccommodations",
          "accommodations",
          "referralConsent",
          "shareReadiness",
          "travel",
          "documentsReady");

  private final ObjectProvider<Openings> openings;
  private final ReadinessSource readiness;
  private final Partners partners;
  private final Youths youths;
  private final ProfileFacts profiles;
  private final ContentService content;

  Applying(
      ObjectProvider<Openings> openings,
      ReadinessSource readiness,
      Partners partners,
      Youths youths,
      ProfileFacts profiles,
      ContentService content) {
    this.openings = openings;
    this.readiness = readiness;
    this.partners = partners;
    this.youths = youths;
    this.profiles = profiles;
    this.content = content;
  }

  Optional<Opening> opening(String vacancyId) {
    Openings o = openings.getIfAvailable();
    return vacancyId == null || o == null ? Optional.empty() : o.find(vacancyId);
  }

  Optional<Partner> partner(Opening opening) {
    return partners.forVacancy(opening.employer(), opening.sector());
  }

  Optional<Partner> partner(String id) {
    return partners.byId(id);
  }

  Optional<String> readiness(Turn turn) {
    return readiness.summary(turn.address(), turn.language());
  }

  /** A phone number the recruiter can call: from the address, a linked one, or one they gave. */
  String phone(Turn turn) {
    String given = turn.value("phone");
    if (given != null) {
      return given;
    }
    Optional<String> own = phoneOf(turn.address());
    if (own.isPresent()) {
      return own.get();
    }
    return youths
        .findByAddress(turn.address())
        .flatMap(
            y ->
                youths.addresses(y.id()).stream()
                    .map(Applying::phoneOf)
                    .flatMap(Optional::stream)
                    .findFirst())
        .orElse(null);
  }

  private static Optional<String> phoneOf(String address) {
    String scheme = Addresses.scheme(address);
    return scheme.equals("whatsapp") || scheme.equals("sms")
        ? Optional.of(address.substring(scheme.length() + 1))
        : Optional.empty();
  }

  /** Answers given while applying first (the profile lacked them), then the stored profile. */
  Qualification.Facts facts(Turn turn) {
    ProfileFacts.Facts stored = profiles.of(turn.address());
    Integer age = null;
    try {
      age = turn.value("age") == null ? null : Integer.valueOf(turn.value("age"));
    } catch (NumberFormatException e) {
      // an unreadable saved age is asked again
    }
    if (age == null && stored.birthYear() != null) {
      age = turn.thisYear() - stored.birthYear();
    }
    String regency = turn.value("regency");
    String regencyCode = regency == null ? stored.regency() : turn.value("regencyCode");
    if (regency == null && regencyCode != null) {
      regency = regencies().byCode(regencyCode).map(Regencies.Regency::label).orElse(null);
    }
    return new Qualification.Facts(
        turn.value("name"),
        age,
        regency,
        regencyCode,
        turn.value("education") != null ? turn.value("education") : stored.education(),
        phone(turn),
        turn.value("travel"),
        turn.value("documentsReady"));
  }

  Regencies regencies() {
    return Regencies.of(content.current());
  }

  /** Exactly what goes to the partner: what it receives, of what the person has and allowed. */
  Candidate candidate(Turn turn, Partner partner) {
    Qualification.Facts facts = facts(turn);
    String education = facts.education();
    Candidate all =
        new Candidate(
            facts.name(),
            facts.age(),
            facts.regency(),
            education == null ? null : turn.text("referral.choice.education." + education),
            facts.phone(),
            "yes".equals(turn.value("shareReadiness")) ? readiness(turn).orElse(null) : null,
            // only when the person chose, for this application, to tell what they need at work
            "yes".equals(turn.value("shareAccommodations")) ? turn.value("accommodations") : null);
    return all.only(shared(all, partner));
  }

  static Set<SharedField> shared(Candidate candidate, Partner partner) {
    Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
    for (SharedField f : partner.receives()) {
      if (candidate.value(f) != null) {
        fields.add(f);
      }
    }
    return fields;
  }

  /** The candidate as lines the person reads: "Nama: Sari", … */
  static String lines(Turn turn, Candidate candidate) {
    StringBuilder out = new StringBuilder();
    for (SharedField f : SharedField.values()) {
      String value = candidate.value(f);
      if (value != null) {
        out.append("\n- ").append(turn.text("referral.field." + f.key(), Map.of("value", value)));
      }
    }
    return out.toString();
  }

  /** Ends an application; without consent to keep answers, the name and phone go too. */
  static void forgetTemporary(Turn turn) {
    TEMPORARY.forEach(turn::forget);
    if (!"yes".equals(turn.value("consent"))) {
      turn.forget("name");
      turn.forget("phone");
    }
  }
}
