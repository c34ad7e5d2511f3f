package id.lokerbot.conversation.search;

import id.lokerbot.catalog.Kind;
import id.lokerbot.catalog.Offer;
import id.lokerbot.catalog.SearchResult;
import id.lokerbot.catalog.Training;
import id.lokerbot.catalog.Vacancy;
import id.lokerbot.conversation.engine.Turn;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Offers as short chat text, every fixed word from the message files. Public for the assessment
 * suggestions, which name a training in a readiness result the way a result list would.
 */
public final class OfferText {

  private static final int LINE_ORG = 28;
  private static final int DESCRIPTION = 400;

  private OfferText() {}

  /** One numbered line of a result list: "Kasir Minimarket – Alfamart, Demak". */
  public static String line(SearchResult.Hit h) {
    String org = h.organisation();
    int cut = org.indexOf(" (");
    org = cut > 0 ? org.substring(0, cut) : org;
    if (org.length() > LINE_ORG) {
      org = org.substring(0, LINE_ORG - 1) + "…";
    }
    return h.title() + " – " + org + ", " + h.regencyName();
  }

  static String details(Turn turn, Offer offer) {
    List<String> lines = new ArrayList<>();
    boolean id = turn.language().equals("id");
    if (offer.kind() == Kind.VACANCY) {
      Vacancy v = offer.vacancy();
      lines.add(v.title());
      lines.add(v.partner() + ", " + offer.regencyName());
      if (v.salaryMin() != null) {
        String salary =
            v.salaryMax() != null && !v.salaryMax().equals(v.salaryMin())
                ? money(v.salaryMin()) + " – " + money(v.salaryMax())
                : money(v.salaryMin());
        lines.add(turn.text("search.detail.salary", Map.of("salary", salary)));
      }
      lines.add(
          turn.text(
              "search.detail.requirements",
              Map.of(
                  "education",
                  id ? offer.educationNameId() : offer.educationNameEn(),
                  "age",
                  ages(turn, v.minAge(), v.maxAge()))));
      lines.add(
          turn.text(
              "search.detail.type",
              Map.of(
                  "type", turn.text("search.type." + v.employmentType()),
                  "openings", String.valueOf(v.openings()))));
      if (v.closesOn() != null) {
        lines.add(turn.text("search.detail.closes", Map.of("date", date(turn, v.closesOn()))));
      }
      if (v.disabilityFriendly()) {
        lines.add(
            turn.text(
                "search.detail.disability",
                Map.of("accommodations", v.accommodations() == null ? "" : v.accommodations())));
      }
      lines.add(shorten(v.description()));
    } else {
      Training t = offer.training();
      lines.add(t.title());
      lines.add(t.provider() + ", " + offer.regencyName());
      lines.add(
          turn.text(
              "search.detail.starts",
              Map.of("date", date(turn, t.startsOn()), "days", String.valueOf(t.durationDays()))));
      lines.add(
          t.free()
              ? turn.text("search.detail.free")
              : turn.text("search.detail.cost", Map.of("cost", money(t.cost()))));
      lines.add(
          turn.text(
              "search.detail.training-requirements",
              Map.of(
                  "education", id ? offer.educationNameId() : offer.educationNameEn(),
                  "age", ages(turn, t.minAge(), t.maxAge()),
                  "seats", String.valueOf(t.seats()))));
      if (t.leadsTo() != null && !t.leadsTo().isBlank()) {
        lines.add(turn.text("search.detail.leads-to", Map.of("jobs", t.leadsTo())));
      }
      if (t.disabilityFriendly()) {
        lines.add(
            turn.text(
                "search.detail.disability",
                Map.of("accommodations", t.accommodations() == null ? "" : t.accommodations())));
      }
      lines.add(shorten(t.description()));
    }
    if (!offer.open()) {
      lines.add(0, turn.text("search.detail.closed"));
    }
    return String.join("\n", lines);
  }

  private static String ages(Turn turn, Integer min, Integer max) {
    if (min == null && max == null) {
      return turn.text("search.detail.any-age");
    }
    return (min == null ? "" : min) + "–" + (max == null ? "" : max);
  }

  static String money(Long rupiah) {
    return "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(rupiah);
  }

  static String date(Turn turn, LocalDate date) {
    return date.format(
        DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag(turn.language())));
  }

  private static String shorten(String text) {
    return text.length() <= DESCRIPTION ? text : text.substring(0, DESCRIPTION - 1) + "…";
  }
}
