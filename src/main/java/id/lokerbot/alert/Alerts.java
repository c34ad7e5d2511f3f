package id.lokerbot.alert;

import java.util.List;
import java.util.Optional;

/**
 * What the chat asks the alert module. Changes go through events ({@link SubscribeRequested},
 * {@link SubscriptionChangeRequested}).
 */
public interface Alerts {

  /** The subscriptions an address made that are not removed, oldest first. */
  List<SubscriptionView> subscriptions(String owner);

  /** The regency (or regencies) a person typed: a name, town, alias or short form. */
  Optional<Area> area(String text);

  /** How to show a regency code. */
  String regencyName(String code);

  /** The keywords of a text as matching sees them (stemmed, synonyms folded), in order. */
  List<String> keywords(String text);

  /** The most keywords a subscription keeps. */
  int maxKeywords();
}
