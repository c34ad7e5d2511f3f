package id.lokerbot.alert;

import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes alerts and digests from the message files, in the subscriber's language. SMS alerts name
 * the offer and place, say how to stop, carry the signed unsubscribe link, and fit one GSM-7
 * segment where possible (two at most).
 */
@Component
class AlertTexts {

  /** How long a title may be in an SMS digest line. */
  static final int SMS_DIGEST_TITLE = 32;

  private final ContentService content;
  private final Regencies regencies;
  private final UnsubscribeLinks links;
  private final AlertProperties properties;

  AlertTexts(
      ContentService content,
      Regencies regencies,
      UnsubscribeLinks links,
      AlertProperties properties) {
    this.content = content;
    this.regencies = regencies;
    this.links = links;
    this.properties = properties;
  }

  OutboundMessage instant(Delivery d) {
    Messages m = content.current().messages();
    String place = regencies.name(d.regency());
    String kind = "training".equals(d.offerKind()) ? "training" : "vacancy";
    if ("sms".equals(d.channel())) {
      String stop = stop(m, d);
      String text =
          SmsFit.fit(
              d.title(),
              t ->
                  m.text(
                      d.language(),
                      "alert.sms." + kind,
                      Map.of("title", t, "place", place, "stop", stop)));
      return new OutboundMessage(d.deliverTo(), text);
    }
    return new OutboundMessage(
        d.deliverTo(),
        m.text(d.language(), "alert.instant." + kind, Map.of("title", d.title(), "place", place)));
  }

  /** One digest for rows already sorted best first; lists at most {@code digest-size}. */
  OutboundMessage digest(List<Delivery> rows) {
    Delivery first = rows.get(0);
    Messages m = content.current().messages();
    int shown = Math.min(rows.size(), properties.digestSize());
    if ("sms".equals(first.channel())) {
      String stop = stop(m, first);
      String text = null;
      for (int k = shown; k >= 1 && text == null; k--) {
        List<String> items = new ArrayList<>();
        for (Delivery d : rows.subList(0, k)) {
          String title = SmsFit.gsm(d.title());
          if (title.length() > SMS_DIGEST_TITLE) {
            title = title.substring(0, SMS_DIGEST_TITLE - 3).stripTrailing() + "...";
          }
          items.add(
              m.text(
                  first.language(),
                  "alert.sms.digest.item",
                  Map.of("title", title, "place", regencies.name(d.regency()))));
        }
        String candidate =
            SmsFit.gsm(
                m.text(
                    first.language(),
                    "alert.sms.digest",
                    Map.of(
                        "items",
                        String.join("; ", items),
                        "count",
                        String.valueOf(rows.size()),
                        "stop",
                        stop)));
        if (SmsFit.segments(candidate) <= 2 || k == 1) {
          text = candidate;
        }
      }
      return new OutboundMessage(first.deliverTo(), text);
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      Delivery d = rows.get(i);
      list.append(
              m.text(
                  first.language(),
                  "alert.digest.item",
                  Map.of(
                      "n",
                      String.valueOf(i + 1),
                      "title",
                      d.title(),
                      "place",
                      regencies.name(d.regency()))))
          .append('\n');
    }
    String more =
        rows.size() > shown
            ? m.text(
                    first.language(),
                    "alert.digest.more",
                    Map.of("count", String.valueOf(rows.size() - shown)))
                + "\n"
            : "";
    return new OutboundMessage(
        first.deliverTo(),
        m.text(
            first.language(),
            "alert.digest",
            Map.of("list", list.toString().stripTrailing(), "more", more)));
  }

  /** How to stop, for SMS (one-way in Indonesia): the link, and the hint when one is set. */
  private String stop(Messages m, Delivery d) {
    String link = links.link(d.subscriptionId());
    if (properties.stopHint().isBlank()) {
      return link;
    }
    return m.text(
        d.language(), "alert.sms.stop", Map.of("hint", properties.stopHint(), "link", link));
  }
}
