package id.lokerbot.referral;

import id.lokerbot.assessment.PersonForgotten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * HAPUS DATA reaches the referrals: each of the person's referrals keeps only what the programme
 * counts (partner, vacancy, status, age, dates), nothing that leads back to them.
 */
@Component
class ForgetReferrals {

  private static final Logger log = LoggerFactory.getLogger(ForgetReferrals.class);

  private final ReferralRepository repository;

  ForgetReferrals(ReferralRepository repository) {
    this.repository = repository;
  }

  @ApplicationModuleListener
  void on(PersonForgotten event) {
    int made = 0;
    for (String address : event.addresses()) {
      made += repository.forget(address);
    }
    if (made > 0) {
      log.info("{} referral(s) made anonymous after a data deletion request", made);
    }
  }
}
