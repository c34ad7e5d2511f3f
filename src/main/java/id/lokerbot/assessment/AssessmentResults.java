package id.lokerbot.assessment;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask about stored assessment results. Interest results are deliberately
 * absent: they are the person's own, for exploration, and never leave their chat.
 */
public interface AssessmentResults {

  /** The kinds of assessment ({@code interest}, {@code readiness}) this address completed. */
  List<String> completedKinds(String address);

  Optional<ReadinessSummary> readiness(String address);

  /** Deletes every stored result of the address (the person asked to delete their data). */
  void forget(String address);
}
