package id.lokerbot.assessment;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.assessment.chat.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A person's stored work-readiness result in plain words, for a recruiter the person chose to show
 * it to: each area and the level reached ("Komunikasi: Sudah kuat; …"). Built from the {@link
 * ReadinessSummary} alone, so interest results can never be part of it.
 */
@Service
public class ReadinessWords {

  private final AssessmentResults results;
  private final Instruments instruments;

  ReadinessWords(AssessmentResults results, Instruments instruments) {
    this.results = results;
    this.instruments = instruments;
  }

  /** The summary in the language, when the person kept a readiness result. */
  public Optional<String> of(String address, String language) {
    return results.readiness(address).map(s -> describe(s, language));
  }

  String describe(ReadinessSummary summary, String language) {
    Instrument readiness = instruments.get(Instrument.READINESS);
    List<String> parts = new ArrayList<>();
    for (Instrument.Group area : readiness.groups()) {
      Integer points = summary.pointsByArea().get(area.key());
      if (points != null) {
        parts.add(area.name().in(language) + ": " + level(readiness, points).label().in(language));
      }
    }
    return String.join("; ", parts);
  }

  private static Instrument.Level level(Instrument readiness, int points) {
    Instrument.Level reached = readiness.levels().get(0);
    for (Instrument.Level l : readiness.levels()) {
      if (points >= l.from()) {
        reached = l;
      }
    }
    return reached;
  }
}
