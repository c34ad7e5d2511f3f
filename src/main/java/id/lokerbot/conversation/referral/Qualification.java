package id.lokerbot.conversation.referral;

import id.lokerbot.referral.Partner;
import id.lokerbot.referral.SharedField;
import java.util.List;
import java.util.Locale;

/**
 * What stands between a person and a referral: the first thing to ask for, or the first requirement
 * they do not meet. Plain Java over saved values.
 */
final class Qualification {

  /** Education codes, lowest first (as {@code taxonomy/education.yaml}). */
  static final List<String> EDUCATION = List.of("none", "sd", "smp", "sma", "diploma", "s1");

  /**
   * What the person has told us (in their profile or while applying), null where they have not.
   *
   * @param regency the place's name, as shown to the recruiter
   * @param regencyCode its Kemendagri code, when known
   */
  record Facts(
      String name,
      Integer age,
      String regency,
      String regencyCode,
      String education,
      String phone,
      String travel,
      String documents) {}

  /**
   * @param next {@code ask:<field>}, {@code unmet:<requirement>} or {@code ok}
   */
  record Verdict(String next) {}

  private Qualification() {}

  static Verdict check(Opening opening, Partner partner, Facts f, boolean needsPhone) {
    var needs = partner.requires();
    var receives = partner.receives();
    if (f.name() == null
        && (needs.contains(SharedField.NAME) || receives.contains(SharedField.NAME))) {
      return new Verdict("ask:name");
    }
    boolean ageMatters =
        opening.minAge() != null || opening.maxAge() != null || needs.contains(SharedField.AGE);
    if (f.age() == null && ageMatters) {
      return new Verdict("ask:age");
    }
    if (f.age() != null
        && (opening.minAge() != null && f.age() < opening.minAge()
            || opening.maxAge() != null && f.age() > opening.maxAge())) {
      return new Verdict("unmet:age");
    }
    boolean educationMatters =
        opening.minEducation() != null || needs.contains(SharedField.EDUCATION);
    if (f.education() == null && educationMatters) {
      return new Verdict("ask:education");
    }
    if (f.education() != null
        && opening.minEducation() != null
        && EDUCATION.indexOf(f.education()) < EDUCATION.indexOf(opening.minEducation())) {
      return new Verdict("unmet:education");
    }
    boolean regencyMatters = opening.regencyName() != null || needs.contains(SharedField.REGENCY);
    if (f.regency() == null && regencyMatters) {
      return new Verdict("ask:regency");
    }
    if (f.regency() != null && opening.regencyName() != null && !samePlace(f, opening)) {
      if (f.travel() == null) {
        return new Verdict("ask:travel");
      }
      if (!"yes".equals(f.travel())) {
        return new Verdict("unmet:regency");
      }
    }
    if (!partner.documents().isEmpty()) {
      if (f.documents() == null) {
        return new Verdict("ask:documents");
      }
      if (!"yes".equals(f.documents())) {
        return new Verdict("unmet:documents");
      }
    }
    if (needsPhone && f.phone() == null) {
      return new Verdict("ask:phone");
    }
    return new Verdict("ok");
  }

  /** By code when both are known (Kab. and Kota Semarang differ), else by name. */
  static boolean samePlace(Facts f, Opening opening) {
    if (f.regencyCode() != null && opening.regencyCode() != null) {
      return f.regencyCode().equals(opening.regencyCode());
    }
    return samePlace(f.regency(), opening.regencyName());
  }

  /** "Kabupaten Banyumas", "kab. banyumas" and "Banyumas" are the same place. */
  static boolean samePlace(String a, String b) {
    return place(a).equals(place(b));
  }

  private static String place(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("\\b(kabupaten|kab\\.?|kota)\\s*", "")
        .replaceAll("[^a-z ]", "")
        .strip();
  }
}
