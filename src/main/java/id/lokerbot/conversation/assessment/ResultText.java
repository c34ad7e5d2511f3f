package id.lokerbot.conversation.assessment;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.assessment.chat.InterestProfile;
import id.lokerbot.assessment.chat.ReadinessProfile;
import id.lokerbot.conversation.engine.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Explains a result in plain words, in the person's language, from messages and the instrument. */
final class ResultText {

  private final Turn turn;
  private final Instrument instrument;
  private final String language;

  ResultText(Turn turn, Instrument instrument) {
    this.turn = turn;
    this.instrument = instrument;
    this.language = turn.language();
  }

  String interest(InterestProfile profile) {
    String max = String.valueOf(instrument.maxPerGroup());
    List<String> parts = new ArrayList<>();
    parts.add(turn.text("assessment.interest.result.head"));
    int rank = 1;
    for (String type : profile.top()) {
      Instrument.Group group = instrument.group(type).orElseThrow();
      parts.add(
          turn.text(
              "assessment.interest.result.type",
              Map.of(
                  "rank", String.valueOf(rank++),
                  "name", group.name().in(language),
                  "score", String.valueOf(profile.scores().get(type)),
                  "max", max,
                  "about", group.about().in(language),
                  "jobs", group.jobs().in(language))));
    }
    if (!profile.tied().isEmpty()) {
      parts.add(
          turn.text("assessment.interest.result.tie", Map.of("types", names(profile.tied()))));
    }
    if (!profile.clear()) {
      parts.add(turn.text("assessment.interest.result.flat"));
    }
    List<String> all = new ArrayList<>();
    for (String type : profile.ranking()) {
      all.add(name(type) + " " + profile.scores().get(type));
    }
    parts.add(
        turn.text(
            "assessment.interest.result.all",
            Map.of("max", max, "scores", String.join(", ", all))));
    return String.join("\n\n", parts);
  }

  /**
   * @param training the best training in the catalogue for an area, as a result line, if any
   */
  String readiness(
      ReadinessProfile profile, BiFunction<Turn, Instrument.Group, Optional<String>> training) {
    List<String> parts = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    lines.add(turn.text("assessment.readiness.result.head"));
    for (ReadinessProfile.Area area : profile.areas()) {
      String level =
          instrument.levels().stream()
              .filter(l -> l.key().equals(area.level()))
              .findFirst()
              .map(l -> l.label().in(language))
              .orElse(area.level());
      lines.add(
          turn.text(
              "assessment.readiness.result.area",
              Map.of("name", name(area.key()), "level", level)));
    }
    parts.add(String.join("\n", lines));
    if (profile.tips().isEmpty()) {
      parts.add(turn.text("assessment.readiness.result.all-strong"));
    } else {
      List<String> tips = new ArrayList<>();
      tips.add(turn.text("assessment.readiness.result.tips"));
      for (String key : profile.tips()) {
        Instrument.Group area = instrument.group(key).orElseThrow();
        Optional<String> offer = training.apply(turn, area);
        tips.add(
            offer.isPresent()
                ? turn.text(
                    "assessment.readiness.result.tip.found",
                    Map.of(
                        "name", area.name().in(language),
                        "tip", area.tip().in(language),
                        "offer", offer.get()))
                : turn.text(
                    "assessment.readiness.result.tip",
                    Map.of(
                        "name", area.name().in(language),
                        "tip", area.tip().in(language),
                        "training", area.training().in(language))));
      }
      parts.add(String.join("\n", tips));
    }
    return String.join("\n\n", parts);
  }

  private String name(String key) {
    return instrument.group(key).map(g -> g.name().in(language)).orElse(key);
  }

  /** "A, B dan C" in the person's language. */
  String names(List<String> keys) {
    List<String> names = keys.stream().map(this::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + turn.text("assessment.and")
        + " "
        + names.get(names.size() - 1);
  }
}
