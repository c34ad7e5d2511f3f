package id.lokerbot.assessment.chat;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The instruments of the content in force, read once per content version. */
@Service
public class Instruments {

  private record Read(long version, Map<String, Instrument> byKind) {}

  private final ContentService content;
  private volatile Read read;

  Instruments(ContentService content) {
    this.content = content;
  }

  /**
   * The instrument of a kind ({@code interest}, {@code readiness}); content validation ensures both
   * exist.
   */
  public Instrument get(String kind) {
    Instrument instrument = all(content.current()).get(kind);
    if (instrument == null) {
      throw new IllegalArgumentException("no assessment '" + kind + "' in content/assessments");
    }
    return instrument;
  }

  /** Reads every instrument of some content; problems are not expected (content was checked). */
  public static Map<String, Instrument> read(Content content, Problems problems) {
    Map<String, Instrument> byKind = new LinkedHashMap<>();
    for (ContentDocument doc : content.folder("assessments")) {
      Instrument instrument = InstrumentReader.read(doc, content.messages().languages(), problems);
      if (instrument != null) {
        if (byKind.containsKey(instrument.kind())) {
          problems.add(doc.file(), "assessment", "a second '" + instrument.kind() + "' check");
        }
        byKind.put(instrument.kind(), instrument);
      }
    }
    return byKind;
  }

  private Map<String, Instrument> all(Content now) {
    Read r = read;
    if (r == null || r.version() != now.version()) {
      r = new Read(now.version(), read(now, new Problems()));
      read = r;
    }
    return r.byKind();
  }
}
