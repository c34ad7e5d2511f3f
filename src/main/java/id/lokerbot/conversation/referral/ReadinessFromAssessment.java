package id.lokerbot.conversation.referral;

import id.lokerbot.assessment.ReadinessWords;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The readiness summary from the person's stored work-readiness result (kept only when they agreed
 * that we keep their answers). Offered to a recruiter only when the person says yes for this
 * application.
 */
@Component
class ReadinessFromAssessment implements ReadinessSource {

  private final ReadinessWords words;

  ReadinessFromAssessment(ReadinessWords words) {
    this.words = words;
  }

  @Override
  public Optional<String> summary(String address, String language) {
    return words.of(address, language);
  }
}
