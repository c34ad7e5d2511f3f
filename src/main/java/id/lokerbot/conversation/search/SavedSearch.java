package id.lokerbot.conversation.search;

import id.lokerbot.catalog.Kind;
import id.lokerbot.catalog.SearchRequest;
import id.lokerbot.catalog.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * A search as it is kept in the dialogue state between turns: the understood search (so paging does
 * not read the text again) and its ranking preferences, as one string value.
 */
record SavedSearch(
    Kind kind,
    String words,
    List<String> regencies,
    String education,
    String age,
    boolean free,
    boolean disability,
    Map<String, Float> prefer) {

  static SavedSearch of(SearchResult.Understood u) {
    return of(u, Map.of());
  }

  static SavedSearch of(SearchResult.Understood u, Map<String, Float> prefer) {
    return new SavedSearch(
        u.kind(),
        u.words(),
        u.regencies(),
        u.education(),
        u.age() == null ? "" : String.valueOf(u.age()),
        u.freeOnly(),
        u.disabilityFriendly(),
        prefer);
  }

  static SavedSearch of(SearchRequest r) {
    return new SavedSearch(
        r.kind(),
        r.text(),
        r.regencies(),
        r.education(),
        r.age() == null ? "" : String.valueOf(r.age()),
        r.freeOnly(),
        r.disabilityFriendly(),
        r.prefer());
  }

  SearchRequest request(String home, int offset, int limit) {
    return new SearchRequest(
        words,
        kind,
        regencies,
        false,
        null,
        education == null || education.isEmpty() ? null : education,
        age == null || age.isEmpty() ? null : Integer.valueOf(age),
        disability,
        free,
        home,
        offset,
        limit,
        prefer);
  }

  String value() {
    return String.join(
        "|",
        kind.code(),
        words == null ? "" : words,
        String.join("+", regencies),
        education == null ? "" : education,
        age == null ? "" : age,
        free ? "1" : "0",
        disability ? "1" : "0",
        Preferences.text(prefer));
  }

  static SavedSearch parse(String value) {
    String[] p = value.split("\\|", -1);
    return new SavedSearch(
        Kind.of(p[0]),
        p[1],
        p[2].isEmpty() ? List.of() : List.of(p[2].split("\\+")),
        p[3],
        p[4],
        p[5].equals("1"),
        p[6].equals("1"),
        p.length > 7 ? Preferences.parse(p[7]) : Map.of()); // states saved before preferences: none
  }
}
