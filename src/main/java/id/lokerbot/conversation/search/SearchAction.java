package id.lokerbot.conversation.search;

import id.lokerbot.catalog.CatalogSearch;
import id.lokerbot.catalog.Kind;
import id.lokerbot.catalog.Offer;
import id.lokerbot.catalog.Place;
import id.lokerbot.catalog.SearchRequest;
import id.lokerbot.catalog.SearchResult;
import id.lokerbot.channel.Addresses;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Answer;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.TextMatch;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Searches the catalogue and lets the person page through the results, open one, save it or apply.
 * Results are numbered lists of 5 (3 on SMS); LAGI/more shows the next page; a number opens the
 * details; from details: save, apply, back. Nothing found: says so and offers alternatives (nearby
 * regencies, a training, fewer filters, other words). Typing new words searches again.
 *
 * <pre>{@code
 * - id: free
 *   action: catalog-search
 *   with: { text: "{typedText}", kind: auto, where: "" }
 *   next: start        # where "search again" goes
 * }</pre>
 *
 * <p>Suggestions (after an interest or readiness check) are the same lists with a few more
 * parameters: {@code prefer} (ranking preferences, see {@link Preferences}), {@code home} (the
 * person's regency code from their profile, ranked first unless they named another place), {@code
 * size} (results per page), {@code heading} (the message key above the list; it gets {@code from},
 * {@code to}, {@code total}), {@code again} (the label of the choice that goes to {@code next}) and
 * {@code alert} (where "Kabari saya" goes instead of alerts:like-search). Typing new words leaves
 * suggestions for a normal search.
 */
@Component
class SearchAction implements ActionHandler {

  static final String SAVED = "savedOffers";
  private static final String SEARCH = "search.query";
  private static final String PAGE = "search.page";
  private static final String IDS = "search.ids";
  private static final String VIEW = "search.view";
  private static final String DETAIL = "search.detail";
  private static final String SIZE = "search.size";
  private static final String HEADING = "search.heading";
  private static final String AGAIN_LABEL = "search.again-label";

  /** Where applying through a lokerbot referral continues (content/flows/referral.yaml). */
  static final String REFERRAL = "referral:check";

  private static final String ALTS = "search.alts";
  private static final int MAX_SAVED = 20;
  private static final Set<String> MORE =
      Set.of(
          "lagi",
          "more",
          "next",
          "berikut",
          "berikutnya",
          "selanjutnya",
          "lainnya",
          "lain",
          "terus");
  private static final Set<String> SAVE = Set.of("simpan", "save", "simpen", "tandai");
  private static final Set<String> APPLY =
      Set.of("lamar", "apply", "daftar", "melamar", "register", "ikut");
  private static final Set<String> BACK =
      Set.of("kembali", "back", "balik", "daftar lowongan", "list");
  private static final Set<String> AGAIN =
      Set.of("cari lagi", "cari lain", "search again", "new search", "ganti");

  /** "Kabari saya kalau ada yang seperti ini": alerts prefilled from this search. */
  static final String ALERT = "alerts:like-search";

  /** Where a list's "Kabari saya" goes instead (interest suggestions: alerts:like-interest). */
  private static final String ALERT_TARGET = "search.alert-target";

  private static final String ALERT_WORDS_VALUE = "alertLikeWords";
  private static final String ALERT_REGENCIES_VALUE = "alertLikeRegencies";

  private static final Set<String> ALERT_WORDS =
      Set.of("kabari", "kabari saya", "kabari aku", "kabarin", "notify me", "tell me", "alert");

  /** Every message key this action uses; a content check makes sure each language has them. */
  static final List<String> MESSAGES =
      List.of(
          "search.found.vacancy",
          "search.found.training",
          "search.found.vacancy.all",
          "search.found.training.all",
          "search.where.all",
          "search.corrected",
          "search.relaxed",
          "search.more",
          "search.again",
          "search.alert",
          "search.no-more",
          "search.none.vacancy",
          "search.none.training",
          "search.none.vacancy.all",
          "search.none.training.all",
          "search.none.tips",
          "search.alt.nearby",
          "search.alt.training",
          "search.alt.fewer",
          "search.alt.anywhere",
          "search.alt.words",
          "search.detail.save",
          "search.detail.apply",
          "search.detail.back",
          "search.saved",
          "search.saved.full",
          "search.apply.direct",
          "search.apply.coming",
          "search.apply.training",
          "search.detail.salary",
          "search.detail.requirements",
          "search.detail.type",
          "search.detail.closes",
          "search.detail.disability",
          "search.detail.starts",
          "search.detail.free",
          "search.detail.cost",
          "search.detail.training-requirements",
          "search.detail.leads-to",
          "search.detail.closed",
          "search.detail.any-age",
          "search.gone",
          "search.type.fulltime",
          "search.type.parttime",
          "search.type.contract",
          "search.type.internship",
          "search.type.daily",
          "search.type.freelance",
          "search.ask.where",
          "search.where.any",
          "search.where.unknown",
          "search.choose");

  private final CatalogSearch catalog;

  SearchAction(CatalogSearch catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "catalog-search";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    String text = params.getOrDefault("text", "");
    String kind = params.getOrDefault("kind", "auto");
    suggestions(turn, params);
    String home = params.get("home");
    if (turn.value(WhereAction.HOME) == null && home != null && home.matches("\\d\\d\\.\\d\\d")) {
      turn.save(WhereAction.HOME, home); // the regency in their profile
    }
    SearchRequest request =
        SearchRequest.of(text.strip().equals("*") ? "" : text)
            .withKind(kind.equals("auto") ? null : Kind.of(kind))
            .withRegencies(Place.codesOf(params.get("where")))
            .withHome(turn.value(WhereAction.HOME))
            .withPrefer(Preferences.parse(params.get("prefer")))
            .withPage(0, pageSize(turn));
    return run(turn, request);
  }

  /** Keeps (or, for a normal search, forgets) how a list of suggestions looks. */
  private static void suggestions(Turn turn, Map<String, String> params) {
    keep(
        turn,
        SIZE,
        params.get("size") != null && params.get("size").matches("[1-9]")
            ? params.get("size")
            : null);
    keep(turn, HEADING, params.get("heading"));
    keep(turn, AGAIN_LABEL, params.get("again"));
    keep(turn, ALERT_TARGET, params.get("alert"));
  }

  private static void keep(Turn turn, String name, String value) {
    if (value == null || value.isBlank()) {
      turn.forget(name);
    } else {
      turn.save(name, value);
    }
  }

  @Override
  public Step answer(Turn turn, Answer answer, Map<String, String> params, String next) {
    String text = TextMatch.normalise(answer.text());
    int n = number(answer);
    String view = turn.value(VIEW) == null ? "" : turn.value(VIEW);
    List<String> ids = list(turn.value(IDS));
    switch (view) {
      case "list" -> {
        boolean hasMore = turn.value(PAGE + ".more") != null;
        int moreChoice = hasMore ? ids.size() + 1 : -1;
        int againChoice = ids.size() + (hasMore ? 2 : 1);
        if (n >= 1 && n <= ids.size()) {
          return details(turn, ids.get(n - 1));
        }
        if (n == moreChoice || MORE.contains(text)) {
          return page(turn, hasMore ? 1 : 0, !hasMore);
        }
        if (n == againChoice || AGAIN.contains(text)) {
          return Step.go(next);
        }
        if (n == againChoice + 1 || wantsAlerts(turn, text)) {
          return alert(turn);
        }
      }
      case "detail" -> {
        if (n == 1 || SAVE.contains(text)) {
          save(turn);
          return showDetailChoices(turn);
        }
        if (n == 2 || APPLY.contains(text)) {
          if (apply(turn)) {
            return Step.go(REFERRAL); // a lokerbot referral: the referral flow takes over
          }
          return showDetailChoices(turn);
        }
        if (n == 3 || BACK.contains(text)) {
          return page(turn, 0, false);
        }
      }
      case "alts" -> {
        List<String> alts = list(turn.value(ALTS), "\n");
        if (n >= 1 && n <= alts.size()) {
          String alt = alts.get(n - 1);
          if (alt.startsWith("offer:")) {
            return details(turn, alt.substring("offer:".length()));
          }
          SearchRequest r =
              SavedSearch.parse(alt).request(turn.value(WhereAction.HOME), 0, pageSize(turn));
          return run(turn, r);
        }
        if (n == alts.size() + 1 || AGAIN.contains(text)) {
          return Step.go(next);
        }
        if (n == alts.size() + 2 || wantsAlerts(turn, text)) {
          return alert(turn);
        }
      }
      default -> {}
    }
    if (n != 0 || text.isEmpty()) {
      turn.say("search.choose");
      return redisplay(turn, next);
    }
    // New words: a new search of the same kind of offer.
    suggestions(turn, Map.of());
    Kind kind = SavedSearch.parse(turn.value(SEARCH)).kind();
    return run(
        turn,
        SearchRequest.of(answer.text())
            .withKind(kindFromText(text) ? null : kind)
            .withHome(turn.value(WhereAction.HOME))
            .withPage(0, pageSize(turn)));
  }

  private Step redisplay(Turn turn, String next) {
    String view = turn.value(VIEW);
    if ("detail".equals(view)) {
      return showDetailChoices(turn);
    }
    if ("list".equals(view) || "alts".equals(view)) {
      return page(turn, 0, false); // "alts": nothing found again, with the same alternatives
    }
    return Step.go(next);
  }

  private static boolean wantsAlerts(Turn turn, String text) {
    return ALERT_WORDS.contains(text)
        || text.startsWith("kabari ")
        || text.equals(TextMatch.normalise(turn.text("search.alert")));
  }

  /**
   * Hands the search's words and regencies to the alert flow (content/flows/alerts.yaml), which
   * asks only what is missing.
   */
  private static Step alert(Turn turn) {
    SavedSearch search = SavedSearch.parse(turn.value(SEARCH));
    if (search.words() == null || search.words().isBlank()) {
      turn.forget(ALERT_WORDS_VALUE);
    } else {
      turn.save(ALERT_WORDS_VALUE, search.words());
    }
    turn.save(ALERT_REGENCIES_VALUE, String.join("+", search.regencies()));
    String target = turn.value(ALERT_TARGET);
    return Step.go(target != null ? target : ALERT);
  }

  /** Whether the words themselves say which kind of offer ("pelatihan", "loker"). */
  private static boolean kindFromText(String text) {
    for (String w : text.split(" ")) {
      if (Set.of("pelatihan", "kursus", "training", "lowongan", "loker", "lowker", "kerja")
          .contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- results

  private Step run(Turn turn, SearchRequest request) {
    SearchResult result = catalog.search(request);
    turn.save(SEARCH, SavedSearch.of(result.understood(), request.prefer()).value());
    turn.save(PAGE, "0");
    if (result.hits().isEmpty()) {
      return nothingFound(turn, result);
    }
    return show(turn, result, true);
  }

  /** Shows the current page again (delta 0) or the next one (delta 1). */
  private Step page(Turn turn, int delta, boolean noMore) {
    if (noMore) {
      turn.say("search.no-more");
    }
    int page = Integer.parseInt(turn.value(PAGE) == null ? "0" : turn.value(PAGE)) + delta;
    int size = pageSize(turn);
    SearchRequest request =
        SavedSearch.parse(turn.value(SEARCH))
            .request(turn.value(WhereAction.HOME), page * size, size);
    SearchResult result = catalog.search(request);
    if (result.hits().isEmpty() && page > 0) {
      turn.save(PAGE, "0");
      return page(turn, 0, false);
    }
    turn.save(PAGE, String.valueOf(page));
    if (result.hits().isEmpty()) {
      return nothingFound(turn, result);
    }
    return show(turn, result, false);
  }

  private Step show(Turn turn, SearchResult result, boolean first) {
    SearchResult.Understood u = result.understood();
    StringBuilder text = new StringBuilder();
    String heading = turn.value(HEADING);
    if (heading != null) {
      first = false; // suggestions: no notes about what was typed
    }
    if (first && !result.corrections().isEmpty()) {
      text.append(turn.text("search.corrected", Map.of("words", u.words()))).append('\n');
    }
    if (first && result.relaxed()) {
      text.append(turn.text("search.relaxed")).append('\n');
    }
    int from = result.offset() + 1;
    text.append(
        turn.text(
            heading != null ? heading : key("search.found.", u),
            Map.of(
                "what", words(u),
                "where", where(turn, u),
                "total", String.valueOf(result.total()),
                "from", String.valueOf(from),
                "to", String.valueOf(result.offset() + result.hits().size()))));
    List<String> labels = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      labels.add(OfferText.line(h));
      ids.add(h.kind().code() + ":" + h.id());
    }
    if (result.hasMore()) {
      labels.add(turn.text("search.more"));
      turn.save(PAGE + ".more", "yes");
    } else {
      turn.forget(PAGE + ".more");
    }
    labels.add(turn.text(againLabel(turn)));
    labels.add(turn.text("search.alert"));
    turn.save(IDS, String.join(",", ids));
    turn.save(VIEW, "list");
    turn.reply(text.toString(), labels);
    return Step.waitForAnswer();
  }

  private Step nothingFound(Turn turn, SearchResult result) {
    SearchResult.Understood u = result.understood();
    String none =
        turn.text(key("search.none.", u), Map.of("what", words(u), "where", where(turn, u)));
    List<String> labels = new ArrayList<>();
    List<String> alts = new ArrayList<>();
    for (SearchResult.Alternative a : result.alternatives()) {
      String count = String.valueOf(a.count());
      switch (a.type()) {
        case NEARBY ->
            labels.add(
                turn.text(
                    "search.alt.nearby",
                    Map.of("count", count, "places", String.join(", ", a.places()))));
        case TRAINING ->
            labels.add(
                turn.text(
                    "search.alt.training",
                    Map.of("title", a.example().title(), "place", a.example().regencyName())));
        case FEWER_FILTERS -> labels.add(turn.text("search.alt.fewer", Map.of("count", count)));
        case ANYWHERE -> labels.add(turn.text("search.alt.anywhere", Map.of("count", count)));
        case OTHER_WORDS ->
            labels.add(
                turn.text("search.alt.words", Map.of("words", a.request().text(), "count", count)));
      }
      alts.add(
          a.type() == SearchResult.Alternative.Type.TRAINING
              ? "offer:training:" + a.example().id()
              : SavedSearch.of(a.request()).value());
    }
    String text = alts.isEmpty() ? none + "\n" + turn.text("search.none.tips") : none;
    labels.add(turn.text(againLabel(turn)));
    labels.add(turn.text("search.alert"));
    turn.save(ALTS, String.join("\n", alts));
    turn.save(VIEW, "alts");
    turn.forget(IDS);
    turn.reply(text, labels);
    return Step.waitForAnswer();
  }

  /**
   * The message for this kind of offer; with no words to name ("cari kerja di demak"), the one that
   * says "all jobs" ("Semua lowongan di Demak") instead of naming "all" as if it were a kind of
   * job.
   */
  private static String key(String prefix, SearchResult.Understood u) {
    return prefix + u.kind().code() + (words(u).isEmpty() ? ".all" : "");
  }

  private static String words(SearchResult.Understood u) {
    return u.words() == null ? "" : u.words().strip();
  }

  private String where(Turn turn, SearchResult.Understood u) {
    if (u.regencies().isEmpty()) {
      return turn.text("search.where.all");
    }
    if (u.placeName() != null && !u.nearby()) {
      return u.placeName();
    }
    Set<String> names = new LinkedHashSet<>();
    u.regencies().forEach(c -> names.add(catalog.regencyName(c)));
    return String.join(", ", names);
  }

  // ---------------------------------------------------------------- one offer

  private Step details(Turn turn, String key) {
    Optional<Offer> offer = offer(key);
    if (offer.isEmpty()) {
      turn.say("search.gone");
      return page(turn, 0, false);
    }
    turn.save(DETAIL, key);
    turn.save(VIEW, "detail");
    turn.reply(
        OfferText.details(turn, offer.get()),
        List.of(
            turn.text("search.detail.save"),
            turn.text("search.detail.apply"),
            turn.text("search.detail.back")));
    return Step.waitForAnswer();
  }

  private Step showDetailChoices(Turn turn) {
    turn.reply(
        turn.text("search.choose"),
        List.of(
            turn.text("search.detail.save"),
            turn.text("search.detail.apply"),
            turn.text("search.detail.back")));
    return Step.waitForAnswer();
  }

  private Optional<Offer> offer(String key) {
    int colon = key.indexOf(':');
    return catalog.offer(Kind.of(key.substring(0, colon)), key.substring(colon + 1));
  }

  private void save(Turn turn) {
    String key = turn.value(DETAIL);
    List<String> saved = new ArrayList<>(list(turn.value(SAVED)));
    if (!saved.contains(key)) {
      if (saved.size() >= MAX_SAVED) {
        turn.say("search.saved.full", Map.of("max", String.valueOf(MAX_SAVED)));
        return;
      }
      saved.add(key);
    }
    turn.save(SAVED, String.join(",", saved));
    turn.say("search.saved", Map.of("count", String.valueOf(saved.size())));
  }

  /**
   * Says how to apply, or, for a vacancy that takes applications through a lokerbot referral, saves
   * it as {@code vacancy} and returns true: the referral flow (issue 8) takes over.
   */
  private boolean apply(Turn turn) {
    Optional<Offer> offer = offer(turn.value(DETAIL));
    if (offer.isEmpty()) {
      turn.say("search.gone");
      return false;
    }
    Offer o = offer.get();
    if (o.kind() == Kind.TRAINING) {
      String where = o.training().address() == null ? o.regencyName() : o.training().address();
      turn.say(
          "search.apply.training", Map.of("provider", o.training().provider(), "address", where));
    } else if ("direct".equals(o.vacancy().applyVia())) {
      turn.say("search.apply.direct", Map.of("how", o.vacancy().applyHow()));
    } else {
      turn.save("vacancy", o.vacancy().id());
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- helpers

  /** 5 results a page, 3 on SMS, or the size suggestions asked for. */
  static int pageSize(Turn turn) {
    String size = turn.value(SIZE);
    if (size != null) {
      return Integer.parseInt(size);
    }
    return Addresses.scheme(turn.address()).equals("sms") ? 3 : 5;
  }

  private static String againLabel(Turn turn) {
    String label = turn.value(AGAIN_LABEL);
    return label == null ? "search.again" : label;
  }

  /** The number the person chose by button or typed ("2", "dua"); 0 when none. */
  static int number(Answer answer) {
    String s =
        answer.choice() != null && !answer.choice().isBlank() ? answer.choice() : answer.text();
    String t = TextMatch.normalise(s);
    if (t.matches("\\d{1,3}")) {
      return Integer.parseInt(t);
    }
    return switch (t) {
      case "satu", "one", "siji" -> 1;
      case "dua", "two", "loro" -> 2;
      case "tiga", "three", "telu" -> 3;
      case "empat", "four", "papat" -> 4;
      case "lima", "five", "limo" -> 5;
      case "enam", "six", "enem" -> 6;
      case "tujuh", "seven", "pitu" -> 7;
      default -> 0;
    };
  }

  private static List<String> list(String value) {
    return list(value, ",");
  }

  private static List<String> list(String value, String separator) {
    return value == null || value.isEmpty() ? List.of() : List.of(value.split(separator));
  }
}
