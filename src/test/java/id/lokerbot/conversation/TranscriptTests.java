package id.lokerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Runs every golden conversation in {@code src/test/resources/transcripts/} through the real turn
 * pipeline and content. {@code mvn test -Dtest=TranscriptTests -Dupdate=true} rewrites the files
 * with what the bot now says; review the diff before committing.
 */
@SpringBootTest
@Import(TestClockConfig.class)
class TranscriptTests {

  static final Path FOLDER = Path.of("src/test/resources/transcripts");
  static final boolean UPDATE = "true".equals(System.getProperty("update"));

  @Autowired Conversations conversations;
  @Autowired MutableClock clock;
  @Autowired OptOuts optOuts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @TestFactory
  Stream<DynamicTest> transcripts() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(FOLDER)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  private void run(Path file) throws Exception {
    Transcript transcript = Transcript.read(file);
    List<List<String>> actual = new ArrayList<>();
    String code = null;
    String previous = transcript.from();
    for (int i = 0; i < transcript.turns().size(); i++) {
      Transcript.Step step = transcript.turns().get(i);
      if (step.after() != null) {
        clock.advance(step.after());
      }
      clock.advance(java.time.Duration.ofSeconds(5));
      String from = step.from() != null ? step.from() : transcript.from();
      if (i > 0 && !from.equals(previous)) {
        settle(); // the person picks up their other phone: what the last turns started is done
      }
      previous = from;
      String user = code == null ? step.user() : step.user().replace("{code}", code);
      List<String> replies =
          conversations
              .handle(new InboundMessage(from, user, step.choice(), null, clock.instant()))
              .stream()
              .map(PlainText::render)
              .toList();
      if (step.code()) {
        // a one-time code changes every run: remember it, and show it as {code}
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\b\\d{6}\\b").matcher(String.join("\n", replies));
        assertThat(m.find())
            .as("%s, turn %d: a code in the replies", file.getFileName(), i + 1)
            .isTrue();
        String issued = m.group();
        code = issued;
        replies = replies.stream().map(r -> r.replace(issued, "{code}")).toList();
      }
      actual.add(replies);
      if (!UPDATE) {
        assertThat(replies)
            .as("%s, turn %d (user: %s)", file.getFileName(), i + 1, step.user())
            .containsExactlyElementsOf(step.bot());
      }
      if (step.stopped() != null) {
        assertThat(eventually(() -> optOuts.isStopped(from) == step.stopped()))
            .as("%s, turn %d: address stopped = %s", file.getFileName(), i + 1, step.stopped())
            .isTrue();
      }
    }
    if (UPDATE) {
      transcript.write(file, actual);
    }
  }

  /** Waits (up to 5 s) until the events of earlier turns have been handled by their listeners. */
  private void settle() throws InterruptedException {
    eventually(
        () ->
            jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Integer.class)
                    .single()
                == 0);
  }

  /** Opt-outs are recorded by an asynchronous listener after the turn's transaction commits. */
  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
