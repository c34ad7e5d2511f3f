package id.lokerbot.assessment;

import java.util.Optional;

/** The derived facts the programme report needs about a person (youth id), from their profile. */
@FunctionalInterface
public interface ProgrammeFacts {

  /** Empty when the person holds no profile (never gave one, or it was deleted). */
  Optional<PersonFacts> of(String personId);
}
