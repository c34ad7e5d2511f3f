package id.lokerbot.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Referrals: creating them from a person's consent, reading them, and their status changes. */
@Service
public class Referrals {

  private static final Logger log = LoggerFactory.getLogger(Referrals.class);

  private final ReferralRepository repository;
  private final Partners partners;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;
  private final ReferralProperties properties;

  Referrals(
      ReferralRepository repository,
      Partners partners,
      ApplicationEventPublisher events,
      JsonMapper json,
      Clock clock,
      ReferralProperties properties) {
    this.repository = repository;
    this.partners = partners;
    this.events = events;
    this.json = json;
    this.clock = clock;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ReferralRequested request) {
    create(request);
  }

  @ApplicationModuleListener
  void on(ReferralWithdrawRequested request) {
    withdraw(request.address(), request.referralId());
  }

  /**
   * Stores a referral and, in the same transaction, the event that delivers it. A repeated request
   * (same referral id) changes nothing.
   */
  @Transactional
  public boolean create(ReferralRequested r) {
    Partner partner =
        partners
            .byId(r.partnerId())
            .orElseThrow(() -> new IllegalArgumentException("unknown partner " + r.partnerId()));
    // Only what the person agreed to share and the partner receives.
    Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
    fields.addAll(r.shared());
    fields.retainAll(partner.receives());
    Candidate candidate = r.candidate().only(fields);
    Instant now = clock.instant();
    ReferralPayload payload =
        new ReferralPayload(
            r.referralId(), partner.id(), r.vacancyId(), r.vacancyTitle(), now, candidate);
    ReferralRow row =
        new ReferralRow(
            r.referralId(),
            partner.id(),
            r.vacancyId(),
            r.vacancyTitle(),
            r.address(),
            r.language(),
            r.candidate().age(),
            json.writeValueAsString(payload),
            ReferralStatus.SENT,
            now,
            ReferralRow.PENDING,
            0,
            now,
            now.plus(properties.giveUpAfter()),
            null,
            null,
            now);
    if (!repository.insert(row)) {
      return false;
    }
    repository.status(
        row.id(),
        new ReferralRepository.StatusEvent(ReferralStatus.SENT, null, null, null, now, "person"));
    events.publishEvent(new ReferralCreated(row.id(), partner.id(), now));
    log.info("referral {} to {} created", row.id(), partner.id());
    return true;
  }

  /** A person's referrals, newest first. */
  public List<ReferralSummary> of(String address) {
    return repository.byAddress(address).stream().map(this::summary).toList();
  }

  /** Whether the person has a live referral for that vacancy already. */
  public boolean alreadyApplied(String address, String vacancyId) {
    return repository.exists(address, vacancyId);
  }

  /**
   * A partner's status change. Only the partner's own referrals: for any other id the answer is
   * empty, exactly as for an unknown one.
   *
   * @throws IllegalArgumentException when the update is not valid
   */
  @Transactional
  Optional<ReferralRow> update(String partnerId, String id, StatusUpdate u, String source) {
    Optional<ReferralRow> row = repository.find(id).filter(r -> r.partnerId().equals(partnerId));
    if (row.isEmpty()) {
      return row;
    }
    ReferralStatus status =
        ReferralStatus.of(u.status() == null ? "" : u.status())
            .filter(ReferralStatus::partnerSettable)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "status: one of received, interview_scheduled, hired, not_selected,"
                            + " no_show"));
    if (row.get().status() == ReferralStatus.WITHDRAWN) {
      throw new IllegalArgumentException("the person withdrew this referral");
    }
    String interviewAt = blankToNull(u.interviewAt());
    String place = blankToNull(u.place());
    if (status == ReferralStatus.INTERVIEW_SCHEDULED && source.startsWith("api:")) {
      if (interviewAt == null || place == null) {
        throw new IllegalArgumentException("interview_scheduled needs interviewAt and place");
      }
      try {
        OffsetDateTime.parse(interviewAt);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "interviewAt: ISO-8601 date-time with offset, like 2026-12-03T09:00:00+07:00");
      }
    }
    check(place, 300, "place");
    check(u.note(), 500, "note");
    change(row.get(), status, interviewAt, place, blankToNull(u.note()), source);
    return repository.find(id);
  }

  /**
   * A training partner reports that the person enrolled in or completed the training. Kept apart
   * from the referral's status (the recruitment outcome); only the partner's own referrals.
   *
   * @return when it was recorded; empty for an unknown or another partner's referral
   * @throws IllegalArgumentException when the status is not enrolled or completed
   */
  @Transactional
  Optional<Instant> training(String partnerId, String id, TrainingUpdate u, String source) {
    Optional<ReferralRow> row = repository.find(id).filter(r -> r.partnerId().equals(partnerId));
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (u.status() == null || !List.of("enrolled", "completed").contains(u.status())) {
      throw new IllegalArgumentException("status: one of enrolled, completed");
    }
    if (row.get().status() == ReferralStatus.WITHDRAWN) {
      throw new IllegalArgumentException("the person withdrew this referral");
    }
    Instant now = clock.instant();
    repository.training(id, u.status(), now, source);
    log.info("referral {}: training {} reported by {}", id, u.status(), partnerId);
    return Optional.of(now);
  }

  /**
   * A recruiter pressed a button on a referral in their chat.
   *
   * @return the new status, or empty when the chat is not that referral's partner's
   */
  @Transactional
  public Optional<ReferralStatus> answerFromChat(String chatAddress, String choice) {
    if (choice == null || !choice.startsWith(Deliveries.CHOICE_PREFIX)) {
      return Optional.empty();
    }
    String[] parts = choice.split(":");
    if (parts.length != 3) {
      return Optional.empty();
    }
    ReferralStatus status =
        switch (parts[2]) {
          case Deliveries.ACCEPT -> ReferralStatus.INTERVIEW_SCHEDULED;
          case Deliveries.DECLINE -> ReferralStatus.NOT_SELECTED;
          case "hired" -> ReferralStatus.HIRED;
          case "no_show" -> ReferralStatus.NO_SHOW;
          default -> null;
        };
    Optional<Partner> partner = partners.byRecruiterChat(chatAddress);
    if (status == null || partner.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReferralRow> row =
        repository.find(parts[1]).filter(r -> r.partnerId().equals(partner.get().id()));
    if (row.isEmpty() || row.get().status() == ReferralStatus.WITHDRAWN) {
      return Optional.empty();
    }
    change(row.get(), status, null, null, null, "chat:" + partner.get().id());
    return Optional.of(status);
  }

  /** Whether an address is some partner's recruiter chat (its button answers go here). */
  public boolean isRecruiterChat(String address) {
    return partners.byRecruiterChat(address).isPresent();
  }

  /**
   * The person withdrew consent for a referral: a pending delivery stops, the shared data is
   * dropped from our copy, and the partner sees the status {@code withdrawn}.
   */
  @Transactional
  public boolean withdraw(String address, String referralId) {
    Optional<ReferralRow> row =
        repository.find(referralId).filter(r -> r.address().equals(address));
    if (row.isEmpty() || row.get().status() == ReferralStatus.WITHDRAWN) {
      return false;
    }
    repository.withdraw(referralId, clock.instant());
    repository.status(
        referralId,
        new ReferralRepository.StatusEvent(
            ReferralStatus.WITHDRAWN, null, null, null, clock.instant(), "person"));
    return true;
  }

  private void change(
      ReferralRow row,
      ReferralStatus status,
      String interviewAt,
      String place,
      String note,
      String source) {
    Instant now = clock.instant();
    var last = repository.history(row.id());
    var previous = last.isEmpty() ? null : last.get(last.size() - 1);
    if (previous != null
        && previous.status() == status
        && java.util.Objects.equals(previous.interviewAt(), interviewAt)
        && java.util.Objects.equals(previous.place(), place)) {
      return; // the same news twice: recorded once, told once
    }
    repository.status(
        row.id(),
        new ReferralRepository.StatusEvent(status, interviewAt, place, note, now, source));
    events.publishEvent(
        new ReferralStatusChanged(
            row.id(), row.partnerId(), status, interviewAt, place, source, now));
  }

  ReferralSummary summary(ReferralRow r) {
    String partnerName = partners.byId(r.partnerId()).map(Partner::name).orElse(r.partnerId());
    String interviewAt = null;
    String place = null;
    if (r.status() == ReferralStatus.INTERVIEW_SCHEDULED) {
      var history = repository.history(r.id());
      var last = history.get(history.size() - 1);
      interviewAt = last.interviewAt();
      place = last.place();
    }
    return new ReferralSummary(
        r.id(),
        r.partnerId(),
        partnerName,
        r.vacancyTitle(),
        r.status(),
        r.statusAt(),
        interviewAt,
        place,
        r.createdAt());
  }

  private static void check(String value, int max, String name) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(name + ": at most " + max + " characters");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
