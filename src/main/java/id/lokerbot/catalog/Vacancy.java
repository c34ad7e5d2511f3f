package id.lokerbot.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A job vacancy.
 *
 * @param id stable id chosen by whoever supplies it (letters, digits, {@code . _ -})
 * @param partner the employer or recruiter
 * @param sector KBLI section letter ({@code taxonomy/sectors.yaml})
 * @param occupation KBJI/ISCO-08 4-digit code where known, else null
 * @param regency Kemendagri code ({@code 33.21})
 * @param minEducation education level code ({@code taxonomy/education.yaml})
 * @param genderNeutral the wording invites everyone (no "wanita"/"pria" only)
 * @param disabilityFlags accommodations offered: deaf, blind, wheelchair, physical, intellectual,
 *     psychosocial; non-empty means disability-friendly
 * @param accommodations the accommodations in plain words
 * @param employmentType fulltime, parttime, contract, internship, daily or freelance
 * @param applyVia {@code lokerbot} (referral through us) or {@code direct}
 * @param applyHow how to apply directly; required when {@code applyVia} is direct
 * @param closesOn last day to apply, null when open until filled
 * @param status {@code open} or {@code closed}
 */
public record Vacancy(
    String id,
    String partner,
    String title,
    String description,
    String sector,
    String occupation,
    String regency,
    String address,
    Integer minAge,
    Integer maxAge,
    String minEducation,
    boolean genderNeutral,
    List<String> disabilityFlags,
    String accommodations,
    Long salaryMin,
    Long salaryMax,
    String employmentType,
    int openings,
    String applyVia,
    String applyHow,
    LocalDate postedOn,
    LocalDate closesOn,
    String status,
    Instant updatedAt) {

  public Vacancy {
    disabilityFlags = disabilityFlags == null ? List.of() : List.copyOf(disabilityFlags);
  }

  public boolean disabilityFriendly() {
    return !disabilityFlags.isEmpty();
  }

  public boolean open() {
    return "open".equals(status);
  }

  Vacancy withUpdatedAt(Instant at) {
    return new Vacancy(
        id,
        partner,
        title,
        description,
        sector,
        occupation,
        regency,
        address,
        minAge,
        maxAge,
        minEducation,
        genderNeutral,
        disabilityFlags,
        accommodations,
        salaryMin,
        salaryMax,
        employmentType,
        openings,
        applyVia,
        applyHow,
        postedOn,
        closesOn,
        status,
        at);
  }

  Vacancy closed() {
    return new Vacancy(
        id,
        partner,
        title,
        description,
        sector,
        occupation,
        regency,
        address,
        minAge,
        maxAge,
        minEducation,
        genderNeutral,
        disabilityFlags,
        accommodations,
        salaryMin,
        salaryMax,
        employmentType,
        openings,
        applyVia,
        applyHow,
        postedOn,
        closesOn,
        "closed",
        updatedAt);
  }
}
