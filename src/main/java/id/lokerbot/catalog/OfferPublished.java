package id.lokerbot.catalog;

import java.time.Instant;

/**
 * A vacancy or training became open (new, or reopened). Published in the transaction that saves it,
 * so listeners (alerts) get it durably. Sample data publishes nothing.
 *
 * @param regency Kemendagri code
 * @param sector KBLI section letter
 * @param text the description, for matching
 */
public record OfferPublished(
    String id, Kind kind, String title, String regency, String sector, String text, Instant at) {

  static OfferPublished of(Vacancy v, Instant at) {
    return new OfferPublished(
        v.id(), Kind.VACANCY, v.title(), v.regency(), v.sector(), v.description(), at);
  }

  static OfferPublished of(Training t, Instant at) {
    return new OfferPublished(
        t.id(), Kind.TRAINING, t.title(), t.regency(), t.sector(), t.description(), at);
  }
}
