package id.lokerbot.alert;

import java.time.Instant;

/**
 * A vacancy or training that just opened: what matching needs to know. Published in the same
 * transaction as the offer, so its publication row makes the matching durable work.
 *
 * @param id the offer's id in the catalogue
 * @param kind {@code vacancy} or {@code training}
 * @param regency Kemendagri code
 * @param sector KBLI section letter
 * @param text the description (title excluded)
 * @param at when it opened
 */
record NewOffer(
    String id, String kind, String title, String regency, String sector, String text, Instant at) {

  String key() {
    return kind + ":" + id;
  }
}
