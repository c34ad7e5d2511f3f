package id.lokerbot.catalog;

import java.util.List;
import java.util.Map;

/**
 * A search as the chat (or any caller) asks it. The text may be raw chat ("ada lowker kasir di
 * demak?"): places, education, age, "gratis", "difabel", "dekat" and the kind of offer are read
 * from it. Fields set here win over what the text says.
 *
 * @param text what the person typed; never parsed as query syntax
 * @param kind vacancies or trainings; null to read it from the text (vacancies when it says none)
 * @param regencies Kemendagri codes to search in; empty for anywhere (or what the text names)
 * @param nearby also search the neighbouring regencies (of {@code regencies}, else of home)
 * @param sector KBLI section letter, or null
 * @param education the person's education level code: offers asking for more are left out
 * @param age the person's age: offers outside their age limits are left out
 * @param disabilityFriendly only offers with accommodations for disabilities
 * @param freeOnly only free trainings
 * @param homeRegency the person's regency: offers there rank higher (not a filter)
 * @param offset results to skip (paging)
 * @param limit results to return (1-50)
 * @param prefer ranking preferences, not filters: an ISCO-08/KBJI occupation group (1-4 digits, the
 *     start of a vacancy's occupation code; the longest group given wins) or a KBLI section letter
 *     (for offers whose occupation is unknown or not among the groups given) → extra score (0-5)
 *     for offers in it. The chat fills it from a person's interest check.
 */
public record SearchRequest(
    String text,
    Kind kind,
    List<String> regencies,
    boolean nearby,
    String sector,
    String education,
    Integer age,
    boolean disabilityFriendly,
    boolean freeOnly,
    String homeRegency,
    int offset,
    int limit,
    Map<String, Float> prefer) {

  public SearchRequest {
    text = text == null ? "" : text;
    regencies = regencies == null ? List.of() : List.copyOf(regencies);
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(50, limit));
    prefer = prefer == null ? Map.of() : Map.copyOf(prefer);
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(
        text, null, List.of(), false, null, null, null, false, false, null, 0, 5, Map.of());
  }

  public SearchRequest withKind(Kind k) {
    return new SearchRequest(
        text,
        k,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withText(String t) {
    return new SearchRequest(
        t,
        kind,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withRegencies(List<String> codes) {
    return new SearchRequest(
        text,
        kind,
        codes,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withNearby(boolean near) {
    return new SearchRequest(
        text,
        kind,
        regencies,
        near,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withFilters(
      String sector, String education, Integer age, boolean disabilityFriendly, boolean freeOnly) {
    return new SearchRequest(
        text,
        kind,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withHome(String home) {
    return new SearchRequest(
        text,
        kind,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        home,
        offset,
        limit,
        prefer);
  }

  public SearchRequest withPrefer(Map<String, Float> p) {
    return new SearchRequest(
        text,
        kind,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        p);
  }

  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(
        text,
        kind,
        regencies,
        nearby,
        sector,
        education,
        age,
        disabilityFriendly,
        freeOnly,
        homeRegency,
        offset,
        limit,
        prefer);
  }
}
