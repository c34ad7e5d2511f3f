package id.lokerbot.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param understood the search that actually ran, after reading the text
 * @param hits one page of results, best first
 * @param total all results
 * @param facets counts per facet dimension (kind, regency, sector, education, disability, free)
 * @param corrections typos fixed in the text ("pramuniga → pramuniaga")
 * @param relaxed true when no offer matched every word, so offers matching some words are shown
 * @param alternatives when nothing was found: nearby regencies, trainings, fewer filters, …
 */
public record SearchResult(
    Understood understood,
    List<Hit> hits,
    long total,
    int offset,
    Map<String, Map<String, Integer>> facets,
    List<String> corrections,
    boolean relaxed,
    List<Alternative> alternatives) {

  public boolean hasMore() {
    return offset + hits.size() < total;
  }

  /**
   * The search that ran: explicit request fields merged with what the text said.
   *
   * @param words the words searched for (without places, filters and filler words)
   * @param placeName the named place as the person wrote it, resolved ("Demak"), or null
   */
  public record Understood(
      Kind kind,
      List<String> regencies,
      String placeName,
      boolean nearby,
      String education,
      Integer age,
      boolean freeOnly,
      boolean disabilityFriendly,
      String words) {

    /** This search as a request again (for paging or trying an alternative). */
    public SearchRequest request(String home, int offset, int limit) {
      return new SearchRequest(
          words,
          kind,
          regencies,
          false,
          null,
          education,
          age,
          disabilityFriendly,
          freeOnly,
          home,
          offset,
          limit,
          Map.of());
    }
  }

  /** One offer in a result list. */
  public record Hit(
      Kind kind,
      String id,
      String title,
      String organisation,
      String regency,
      String regencyName,
      LocalDate closesOn,
      LocalDate startsOn) {}

  /**
   * Something to try when nothing was found.
   *
   * @param request the search to run instead (null for a single offer: see {@code example})
   * @param count how many offers it finds
   * @param example its best offer
   * @param places names of the regencies it searches, for NEARBY
   */
  public record Alternative(
      Type type, SearchRequest request, long count, Hit example, List<String> places) {

    public enum Type {
      /** the same search in neighbouring regencies */
      NEARBY,
      /** a training that leads to such work */
      TRAINING,
      /** without the education, age, disability or free filters */
      FEWER_FILTERS,
      /** the same search anywhere in Central Java */
      ANYWHERE,
      /** similar, more common words */
      OTHER_WORDS
    }
  }
}
