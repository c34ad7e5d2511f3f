package id.lokerbot.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A training offer.
 *
 * @param provider who runs it (BLK, BIPTAK, a course provider, a company)
 * @param sector KBLI section letter of the work it prepares for
 * @param regency Kemendagri code of where it takes place
 * @param durationDays length in days
 * @param free no cost to the participant
 * @param cost cost in rupiah when not free
 * @param seats places available
 * @param eligibility who may join, in plain words
 * @param leadsTo the jobs it leads to, in plain words (searched too)
 * @param closesOn last day to register; defaults to the start date
 * @param status {@code open} or {@code closed}
 */
public record Training(
    String id,
    String provider,
    String title,
    String description,
    String sector,
    String regency,
    String address,
    LocalDate startsOn,
    int durationDays,
    boolean free,
    Long cost,
    int seats,
    String eligibility,
    Integer minAge,
    Integer maxAge,
    String minEducation,
    String leadsTo,
    List<String> disabilityFlags,
    String accommodations,
    LocalDate postedOn,
    LocalDate closesOn,
    String status,
    Instant updatedAt) {

  public Training {
    disabilityFlags = disabilityFlags == null ? List.of() : List.copyOf(disabilityFlags);
  }

  public boolean disabilityFriendly() {
    return !disabilityFlags.isEmpty();
  }

  public boolean open() {
    return "open".equals(status);
  }

  Training withUpdatedAt(Instant at) {
    return new Training(
        id,
        provider,
        title,
        description,
        sector,
        regency,
        address,
        startsOn,
        durationDays,
        free,
        cost,
        seats,
        eligibility,
        minAge,
        maxAge,
        minEducation,
        leadsTo,
        disabilityFlags,
        accommodations,
        postedOn,
        closesOn,
        status,
        at);
  }

  Training closed() {
    return new Training(
        id,
        provider,
        title,
        description,
        sector,
        regency,
        address,
        startsOn,
        durationDays,
        free,
        cost,
        seats,
        eligibility,
        minAge,
        maxAge,
        minEducation,
        leadsTo,
        disabilityFlags,
        accommodations,
        postedOn,
        closesOn,
        "closed",
        updatedAt);
  }
}
