package id.lokerbot.assessment;

import id.lokerbot.assessment.chat.Instrument;
import id.lokerbot.assessment.chat.Instruments;
import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Validates {@code content/assessments/}: both checks exist, and each is complete. */
@Component
class AssessmentsCheck implements ContentCheck {

  @Override
  public void check(Content content, Problems problems) {
    int before = problems.list().size();
    Map<String, Instrument> read = Instruments.read(content, problems);
    if (problems.list().size() > before) {
      return;
    }
    for (String kind : List.of(Instrument.INTEREST, Instrument.READINESS)) {
      if (!read.containsKey(kind)) {
        problems.add(
            "assessments/" + kind + ".yaml", "", "missing: no file has assessment: " + kind);
      }
    }
  }
}
