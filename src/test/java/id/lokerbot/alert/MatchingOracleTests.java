package id.lokerbot.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The subscription index against a brute-force oracle: for random subscriptions (some later
 * changed, paused or removed) and random offers, the index finds exactly the active subscriptions
 * whose regencies, sectors and every keyword fit the offer.
 */
class MatchingOracleTests {

  static final List<String> REGENCIES = List.of("33.01", "33.02", "33.21", "33.22", "33.74");
  static final List<String> SECTORS = List.of("C", "G", "H", "I");

  /** The job words of the benchmark's synthetic subscriptions and offers. */
  static final List<String> WORDS = List.of(AlertBenchSupport.WORDS);

  record Offer(String regency, String sector, Set<String> terms) {}

  record Case(List<Subscription> subscriptions, List<Subscription> changes, List<Offer> offers) {}

  @Property(tries = 40)
  void theIndexFindsExactlyWhatTheOracleFinds(@ForAll("cases") Case c) throws Exception {
    try (SubscriptionIndex index = new SubscriptionIndex(new ByteBuffersDirectory())) {
      c.subscriptions().stream().filter(Subscription::active).forEach(index::add); // a rebuild
      index.commit(1);
      c.changes().forEach(index::apply);
      index.refresh();
      Map<Long, Subscription> current = new HashMap<>();
      c.subscriptions().forEach(s -> current.put(s.id(), s));
      c.changes().forEach(s -> current.put(s.id(), s));
      for (Offer offer : c.offers()) {
        Set<Long> expected = new TreeSet<>();
        for (Subscription s : current.values()) {
          if (oracle(s, offer)) {
            expected.add(s.id());
          }
        }
        long[] found = index.match(offer.regency(), offer.sector(), offer.terms());
        Set<Long> actual = new TreeSet<>();
        Arrays.stream(found).forEach(actual::add);
        assertThat(found).as("no subscription twice").hasSize(actual.size());
        assertThat(actual).as("offer %s", offer).isEqualTo(expected);
      }
    }
  }

  /** Matching by definition: every condition checked one subscription at a time. */
  static boolean oracle(Subscription s, Offer offer) {
    return s.active()
        && (s.regencies().isEmpty() || s.regencies().contains(offer.regency()))
        && (s.sectors().isEmpty() || s.sectors().contains(offer.sector()))
        && offer.terms().containsAll(s.keywords());
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Subscription>> subscriptions =
        subscription(Arbitraries.just(0L)).list().ofMinSize(1).ofMaxSize(200);
    return subscriptions.flatMap(
        subs -> {
          List<Subscription> numbered = new ArrayList<>();
          for (int i = 0; i < subs.size(); i++) {
            numbered.add(withId(subs.get(i), i + 1));
          }
          Arbitrary<List<Subscription>> changes =
              subscription(Arbitraries.longs().between(1, numbered.size()))
                  .list()
                  .ofMaxSize(Math.max(1, numbered.size() / 4));
          Arbitrary<List<Offer>> offers = offer().list().ofMinSize(1).ofMaxSize(8);
          return Combinators.combine(changes, offers)
              .as((ch, of) -> new Case(numbered, dedupeById(ch), of));
        });
  }

  private static List<Subscription> dedupeById(List<Subscription> changes) {
    Map<Long, Subscription> last = new HashMap<>();
    changes.forEach(s -> last.put(s.id(), s));
    return new ArrayList<>(last.values());
  }

  private static Arbitrary<Subscription> subscription(Arbitrary<Long> ids) {
    Arbitrary<List<String>> regencies =
        Arbitraries.oneOf(
            Arbitraries.just(List.of()),
            Arbitraries.of(REGENCIES).set().ofMinSize(1).ofMaxSize(3).map(ArrayList::new));
    Arbitrary<List<String>> sectors =
        Arbitraries.oneOf(
            Arbitraries.just(List.of()),
            Arbitraries.of(SECTORS).set().ofMinSize(1).ofMaxSize(2).map(ArrayList::new));
    Arbitrary<List<String>> keywords =
        Arbitraries.of(WORDS).list().ofMaxSize(3); // repeats allowed: "kasir kasir"
    Arbitrary<Integer> state = Arbitraries.integers().between(0, 9);
    return Combinators.combine(ids, regencies, sectors, keywords, state)
        .as(
            (id, r, s, k, st) ->
                new Subscription(
                    id,
                    "sim:owner",
                    "sim:person",
                    "sms:+6281200000000",
                    "sms",
                    List.copyOf(r),
                    List.copyOf(s),
                    List.copyOf(k),
                    String.join(" ", k),
                    Frequency.INSTANT,
                    18,
                    "id",
                    st == 0,
                    st == 1,
                    0));
  }

  private static Arbitrary<Offer> offer() {
    return Combinators.combine(
            Arbitraries.of(REGENCIES),
            Arbitraries.of(SECTORS),
            Arbitraries.of(WORDS).set().ofMaxSize(12))
        .as((r, s, t) -> new Offer(r, s, new HashSet<>(t)));
  }

  private static Subscription withId(Subscription s, long id) {
    return new Subscription(
        id,
        s.owner(),
        s.person(),
        s.deliverTo(),
        s.channel(),
        s.regencies(),
        s.sectors(),
        s.keywords(),
        s.label(),
        s.frequency(),
        s.digestHour(),
        s.language(),
        s.paused(),
        s.removed(),
        s.changeSeq());
  }

  @Property(tries = 30)
  void keywordsAndOfferTextMeetThroughTheSameAnalysis(
      @ForAll("words") @Size(min = 1, max = 3) List<String> words) {
    Terms terms = new Terms();
    List<String> keywords = terms.keywords(String.join(" ", words));
    Set<String> offer = terms.offer("Lowongan " + String.join(" ", words), "di Demak");
    assertThat(offer).containsAll(keywords);
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of(
            "penjahit",
            "kasir",
            "pengemudi",
            "pramuniaga",
            "memasak",
            "perawat",
            "gudang",
            "pelayan",
            "Operator",
            "JAHIT",
            "café")
        .list();
  }
}
