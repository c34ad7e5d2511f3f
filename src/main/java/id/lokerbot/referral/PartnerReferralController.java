package id.lokerbot.referral;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API: a partner lists its own referrals and reports what happened to each. Another
 * partner's referral answers 404, exactly like one that does not exist.
 */
@RestController
class PartnerReferralController {

  /** One referral as its partner sees it; the candidate is null once the person withdrew. */
  record PartnerView(
      String id,
      String vacancyId,
      String vacancyTitle,
      Instant createdAt,
      String status,
      Instant statusAt,
      String delivery,
      Candidate candidate) {}

  record PartnerList(List<PartnerView> referrals) {}

  /** A training report as recorded. */
  record TrainingView(String referralId, String status, Instant at) {}

  private final Referrals referrals;
  private final ReferralRepository repository;
  private final JsonMapper json;

  PartnerReferralController(Referrals referrals, ReferralRepository repository, JsonMapper json) {
    this.referrals = referrals;
    this.repository = repository;
    this.json = json;
  }

  @GetMapping(path = "/api/partner/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerList list(
      @RequestAttribute(PartnerKeyFilter.PARTNER) String partner,
      @RequestParam(defaultValue = "100") int limit) {
    int capped = Math.max(1, Math.min(limit, 500));
    return new PartnerList(repository.byPartner(partner, capped).stream().map(this::view).toList());
  }

  @GetMapping(path = "/api/partner/referrals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerView one(
      @RequestAttribute(PartnerKeyFilter.PARTNER) String partner, @PathVariable String id) {
    return repository
        .find(id)
        .filter(r -> r.partnerId().equals(partner))
        .map(this::view)
        .orElseThrow(PartnerReferralController::notFound);
  }

  @PostMapping(
      path = "/api/partner/referrals/{id}/status",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerView status(
      @RequestAttribute(PartnerKeyFilter.PARTNER) String partner,
      @PathVariable String id,
      @RequestBody StatusUpdate update) {
    return referrals
        .update(partner, id, update, "api:" + partner)
        .map(this::view)
        .orElseThrow(PartnerReferralController::notFound);
  }

  /** A training partner's report: the person enrolled in or completed the training. */
  @PostMapping(
      path = "/api/partner/trainings/{id}/status",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  TrainingView training(
      @RequestAttribute(PartnerKeyFilter.PARTNER) String partner,
      @PathVariable String id,
      @RequestBody TrainingUpdate update) {
    return referrals
        .training(partner, id, update, "api:" + partner)
        .map(at -> new TrainingView(id, update.status(), at))
        .orElseThrow(PartnerReferralController::notFound);
  }

  private PartnerView view(ReferralRow r) {
    Candidate candidate =
        r.status() == ReferralStatus.WITHDRAWN
            ? null
            : json.readValue(r.payload(), ReferralPayload.class).candidate();
    return new PartnerView(
        r.id(),
        r.vacancyId(),
        r.vacancyTitle(),
        r.createdAt(),
        r.status().wire(),
        r.statusAt(),
        r.delivery(),
        candidate);
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such referral");
  }
}
