package id.lokerbot.referral;

import id.lokerbot.channel.Addresses;
import id.lokerbot.platform.AdminKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff API ({@code X-Admin-Key}): referrals by status, partner, delivery state and age; one
 * referral with its history and delivery attempts; re-sending a rejected or stuck one. No candidate
 * details beyond age: staff see where things stand, not what was shared.
 */
@RestController
class StaffReferralController {

  record StaffView(
      String id,
      String partnerId,
      String vacancyId,
      String vacancyTitle,
      String address,
      Integer age,
      String status,
      Instant statusAt,
      String delivery,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant deliveredAt,
      Instant createdAt) {}

  record StaffList(List<StaffView> referrals) {}

  record StaffDetail(
      StaffView referral,
      List<ReferralRepository.StatusEvent> history,
      List<ReferralRepository.Attempt> attempts) {}

  private final AdminKey adminKey;
  private final ReferralRepository repository;
  private final Clock clock;
  private final ReferralProperties properties;

  StaffReferralController(
      AdminKey adminKey,
      ReferralRepository repository,
      Clock clock,
      ReferralProperties properties) {
    this.adminKey = adminKey;
    this.repository = repository;
    this.clock = clock;
    this.properties = properties;
  }

  @GetMapping(path = "/api/admin/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
  StaffList list(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) String delivery,
      @RequestParam(required = false) Integer minAge,
      @RequestParam(required = false) Integer maxAge,
      @RequestParam(defaultValue = "100") int limit) {
    adminKey.check(key);
    var filter =
        new ReferralRepository.Filter(
            status, partner, delivery, minAge, maxAge, Math.max(1, Math.min(limit, 1000)));
    return new StaffList(
        repository.list(filter).stream().map(StaffReferralController::view).toList());
  }

  @GetMapping(path = "/api/admin/referrals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  StaffDetail one(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String id) {
    adminKey.check(key);
    ReferralRow row = repository.find(id).orElseThrow(StaffReferralController::notFound);
    return new StaffDetail(view(row), repository.history(id), repository.attempts(id));
  }

  /** Makes a rejected, failed or waiting delivery due now, with a fresh retry window. */
  @PostMapping(
      path = "/api/admin/referrals/{id}/resend",
      produces = MediaType.APPLICATION_JSON_VALUE)
  StaffView resend(
      @RequestHeader(name = AdminKey.HEADER, required = false) String key,
      @PathVariable String id) {
    adminKey.check(key);
    Instant now = clock.instant();
    if (!repository.resend(id, now, now.plus(properties.giveUpAfter()))) {
      ReferralRow row = repository.find(id).orElseThrow(StaffReferralController::notFound);
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, "delivery is " + row.delivery() + "; nothing to re-send");
    }
    return view(repository.find(id).orElseThrow());
  }

  private static StaffView view(ReferralRow r) {
    return new StaffView(
        r.id(),
        r.partnerId(),
        r.vacancyId(),
        r.vacancyTitle(),
        Addresses.masked(r.address()),
        r.candidateAge(),
        r.status().wire(),
        r.statusAt(),
        r.delivery(),
        r.attempts(),
        r.nextAttemptAt(),
        r.lastError(),
        r.deliveredAt(),
        r.createdAt());
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such referral");
  }
}
