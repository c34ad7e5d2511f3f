package id.lokerbot.conversation.referral;

import java.util.Optional;

/**
 * Where the vacancy a person applies to comes from: the catalogue (issue 4) implements it. Until
 * then no bean exists and applying says that the vacancy cannot be found.
 */
public interface Openings {

  Optional<Opening> find(String vacancyId);
}
