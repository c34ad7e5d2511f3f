package id.lokerbot.referral;

/**
 * Everything a recruiter may learn about a candidate, and nothing more. Fields the person did not
 * agree to share, or the partner does not receive, are null (and left out of the JSON). There is
 * deliberately no field for interest (RIASEC) scores, functioning answers or income: see {@code
 * ReferralPayloadTests}.
 *
 * @param name how the person wants to be called
 * @param age in years
 * @param regency regency name
 * @param education highest education level, in words
 * @param contact where the recruiter can reach them ({@code +62…} phone or {@code telegram:…})
 * @param readinessSummary the work-readiness summary in plain words, only if they allowed it
 * @param accommodations what they need at work, only if they explicitly chose to share it
 */
public record Candidate(
    String name,
    Integer age,
    String regency,
    String education,
    String contact,
    String readinessSummary,
    String accommodations) {

  /** The value of one shared field, or null. */
  public String value(SharedField field) {
    return switch (field) {
      case NAME -> name;
      case AGE -> age == null ? null : age.toString();
      case REGENCY -> regency;
      case EDUCATION -> education;
      case CONTACT -> contact;
      case READINESS -> readinessSummary;
      case ACCOMMODATIONS -> accommodations;
    };
  }

  /** Keeps only the given fields; the rest become null. */
  public Candidate only(java.util.Set<SharedField> fields) {
    return new Candidate(
        fields.contains(SharedField.NAME) ? name : null,
        fields.contains(SharedField.AGE) ? age : null,
        fields.contains(SharedField.REGENCY) ? regency : null,
        fields.contains(SharedField.EDUCATION) ? education : null,
        fields.contains(SharedField.CONTACT) ? contact : null,
        fields.contains(SharedField.READINESS) ? readinessSummary : null,
        fields.contains(SharedField.ACCOMMODATIONS) ? accommodations : null);
  }
}
