package id.lokerbot.referral;

import java.util.Locale;
import java.util.Optional;

/** Where a referral stands with the partner. The wire names are lowercase with underscores. */
public enum ReferralStatus {
  /** Stored and being delivered (or delivered, not yet acknowledged). */
  SENT,
  RECEIVED,
  INTERVIEW_SCHEDULED,
  HIRED,
  NOT_SELECTED,
  NO_SHOW,
  /** The person withdrew their consent for this partner. */
  WITHDRAWN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Statuses a partner may set. */
  public boolean partnerSettable() {
    return this != SENT && this != WITHDRAWN;
  }

  public static Optional<ReferralStatus> of(String wire) {
    for (ReferralStatus s : values()) {
      if (s.wire().equals(wire)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
