package id.lokerbot.catalog;

import java.util.List;
import java.util.Optional;

/** Searching the catalogue: what the chat and other modules use. */
public interface CatalogSearch {

  SearchResult search(SearchRequest request);

  /** One offer for its details page, also when it has closed (then {@code open} is false). */
  Optional<Offer> offer(Kind kind, String id);

  /** The place a person typed ("demak", "purwokerto", "smg", "kab semarang", "grobokan"). */
  Optional<Place> place(String text);

  /** The programme regencies, for a "where?" question. */
  List<Place> programmeRegencies();

  /** The name of a regency code, or the code when unknown. */
  String regencyName(String code);

  /**
   * The terms the index makes of a text (word map, stop words, stems): alert subscriptions and new
   * offers both go through it, so they meet the way searches do.
   */
  List<String> terms(String text);
}
