package id.lokerbot.conversation.assessment;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The messages the assessment actions use (not named in any flow) must exist in every language. */
@Component
class AssessmentMessagesCheck implements ContentCheck {

  static final List<String> KEYS = keys();

  @Override
  public void check(Content content, Problems problems) {
    ContentCheck.messagesExist(content, problems, KEYS, "the assessment actions use it");
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String kind : List.of(Instrument.INTEREST, Instrument.READINESS)) {
      keys.add("assessment." + kind + ".intro");
      keys.add("assessment." + kind + ".item");
      keys.add("assessment." + kind + ".invalid");
      keys.add("assessment." + kind + ".result.saved");
    }
    keys.addAll(
        List.of(
            "assessment.continuing",
            "assessment.restarted",
            "assessment.interest.result.head",
            "assessment.interest.result.type",
            "assessment.interest.result.tie",
            "assessment.interest.result.flat",
            "assessment.interest.result.all",
            "assessment.readiness.result.head",
            "assessment.readiness.result.area",
            "assessment.readiness.result.tips",
            "assessment.readiness.result.tip",
            "assessment.readiness.result.tip.found",
            "assessment.suggest.vacancy",
            "assessment.suggest.training",
            "assessment.suggest.readiness",
            "assessment.suggest.other",
            "assessment.readiness.result.all-strong",
            "assessment.and",
            "assessment.result.not-saved"));
    return List.copyOf(keys);
  }
}
