package id.lokerbot.conversation.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.PlainText;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.engine.State;
import id.lokerbot.referral.ReferralSummary;
import id.lokerbot.referral.Referrals;
import id.lokerbot.youth.Youths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Golden conversations of applying through a referral, in {@code
 * src/test/resources/transcripts-referral/}. Besides what the person writes ({@code user}, {@code
 * choice}), a turn may be the partner's API call ({@code partner: {status: …}}) or the recruiter
 * pressing a button in their chat ({@code recruiter: accept}); its {@code bot} lines are then what
 * reaches the person (and, marked {@code [recruiter]}, the recruiter's chat). {@code values} seed
 * the person's dialogue values: the sample-catalogue vacancy whose details they are looking at
 * ({@code vacancy}) and their consent. A person with {@code consent: 'yes'} is a stored youth;
 * {@code profile} seeds their stored profile answers (issue 7), {@code readiness} their kept
 * work-readiness points by area, and {@code profileAfter} is what their profile must hold once the
 * conversation is over (answers given while applying are kept). {@code -Dupdate=true} rewrites the
 * files; review the diff.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfig.class, ReferralTranscriptTests.Fakes.class})
@TestPropertySource(
    properties = {
      "LOKERBOT_PARTNER_SAMPLE_RETAIL_KEY=key-retail",
      "lokerbot.referral.poller-enabled=false"
    })
class ReferralTranscriptTests {

  static final Path FOLDER = Path.of("src/test/resources/transcripts-referral");
  static final boolean UPDATE = "true".equals(System.getProperty("update"));
  static final String RECRUITER = "telegram:100000001";

  /** Captures what goes to {@code sim:}, {@code whatsapp:} and {@code telegram:} addresses. */
  static final class Outbox {
    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

    ChannelSender sender(String scheme) {
      return new ChannelSender() {
        @Override
        public String scheme() {
          return scheme;
        }

        @Override
        public void send(OutboundMessage message) {
          sent.add(message);
        }
      };
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Fakes {
    @Bean
    Outbox outbox() {
      return new Outbox();
    }

    @Bean
    ChannelSender simSender(Outbox outbox) {
      return outbox.sender("sim");
    }

    @Bean
    ChannelSender whatsappSender(Outbox outbox) {
      return outbox.sender("whatsapp");
    }

    @Bean
    ChannelSender telegramSender(Outbox outbox) {
      return outbox.sender("telegram");
    }
  }

  @Autowired Conversations conversations;
  @Autowired DialogueStateStore states;
  @Autowired Referrals referrals;
  @Autowired Outbox outbox;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Youths youths;

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

  @SuppressWarnings("unchecked")
  private void run(Path file) throws Exception {
    Map<String, Object> root = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    String from = (String) root.get("from");
    Map<String, String> values = new LinkedHashMap<>();
    ((Map<String, Object>) root.getOrDefault("values", Map.of()))
        .forEach((k, v) -> values.put(k, String.valueOf(v)));
    seedRecords(from, values, root);
    // the person is looking at the details of the vacancy (from the real sample catalogue)
    values.put("search.view", "detail");
    values.put("search.detail", "vacancy:" + values.remove("vacancy"));
    states.save(
        from,
        DialogueStateStore.Saved.of(new State("search", "free", values, clock.instant())),
        Duration.ofDays(1));
    List<Map<String, Object>> turns = (List<Map<String, Object>>) root.get("turns");
    for (int i = 0; i < turns.size(); i++) {
      Map<String, Object> turn = turns.get(i);
      clock.advance(Duration.ofSeconds(5));
      List<String> actual;
      if (turn.containsKey("partner")) {
        actual = partner(from, (Map<String, Object>) turn.get("partner"));
      } else if (turn.containsKey("recruiter")) {
        actual = recruiter(from, (String) turn.get("recruiter"));
      } else {
        settle();
        Object user = turn.get("user");
        Object choice = turn.get("choice");
        actual =
            conversations
                .handle(
                    new InboundMessage(
                        from,
                        user == null ? "" : user.toString(),
                        choice == null ? null : choice.toString(),
                        null,
                        clock.instant()))
                .stream()
                .map(PlainText::render)
                .toList();
      }
      if (UPDATE) {
        turn.put("bot", actual);
      } else {
        assertThat(actual)
            .as("%s, turn %d", file.getFileName(), i + 1)
            .containsExactlyElementsOf((List<String>) turn.get("bot"));
      }
    }
    if (root.containsKey("profileAfter")) {
      settle();
      assertThat(profileOf(from))
          .as("%s, profile after", file.getFileName())
          .isEqualTo(root.get("profileAfter"));
    }
    if (UPDATE) {
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      options.setWidth(120);
      options.setAllowUnicode(true);
      Files.writeString(file, new Yaml(options).dump(root), StandardCharsets.UTF_8);
    }
  }

  /** The person's stored youth record, profile answers and readiness result, as the file says. */
  @SuppressWarnings("unchecked")
  private void seedRecords(String from, Map<String, String> values, Map<String, Object> root) {
    if (!"yes".equals(values.get("consent"))) {
      return;
    }
    String id =
        youths
            .create(from, from.split(":")[0], values.get("language"), "given", clock.instant())
            .id();
    ((Map<String, Object>) root.getOrDefault("profile", Map.of()))
        .forEach(
            (field, answer) ->
                jdbc.sql(
                        "insert into profile_field (youth_id, field, answer, updated_at)"
                            + " values (?, ?, ?, ?)")
                    .params(id, field, String.valueOf(answer), Timestamp.from(clock.instant()))
                    .update());
    Map<String, Object> readiness = (Map<String, Object>) root.get("readiness");
    if (readiness != null) {
      StringBuilder scores = new StringBuilder();
      readiness.forEach(
          (area, points) ->
              scores
                  .append(scores.length() > 0 ? ";" : "")
                  .append(area)
                  .append('=')
                  .append(points));
      jdbc.sql(
              "insert into assessment_result (address, kind, scores, completed_at)"
                  + " values (?, 'readiness', ?, ?)")
          .params(from, scores.toString(), Timestamp.from(clock.instant()))
          .update();
    }
  }

  private Map<String, String> profileOf(String from) {
    Map<String, String> profile = new LinkedHashMap<>();
    jdbc.sql(
            "select field, answer from profile_field p join youth_address a on a.youth_id ="
                + " p.youth_id where a.address = ? order by field")
        .param(from)
        .query(
            rs -> {
              profile.put(rs.getString("field"), rs.getString("answer"));
            });
    return profile;
  }

  /** The partner reports a status through its API; returns what the person is told. */
  private List<String> partner(String from, Map<String, Object> update) throws Exception {
    ReferralSummary latest = latest(from);
    int before = toPerson(from).size();
    StringBuilder json = new StringBuilder("{");
    update.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v)
                .append('"'));
    json.append('}');
    mvc.perform(
            post("/api/partner/referrals/" + latest.id() + "/status")
                .header("X-Partner-Key", "key-retail")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.toString()))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(10)).until(() -> toPerson(from).size() > before);
    return toPerson(from).subList(before, toPerson(from).size());
  }

  /**
   * The recruiter presses a button on the card of the person's latest referral; returns the card
   * (the first time), the recruiter's answer and what the person is told.
   */
  private List<String> recruiter(String from, String button) {
    ReferralSummary latest = latest(from);
    List<String> out = new ArrayList<>();
    await().atMost(Duration.ofSeconds(10)).until(() -> !cards(latest.id()).isEmpty());
    if (button.equals("accept")) {
      cards(latest.id()).forEach(c -> out.add("[recruiter] " + buttons(c)));
    }
    int before = toPerson(from).size();
    conversations
        .handle(
            new InboundMessage(
                RECRUITER, "", "ref:" + latest.id() + ":" + button, null, clock.instant()))
        .forEach(r -> out.add("[recruiter] " + buttons(r)));
    await().atMost(Duration.ofSeconds(10)).until(() -> toPerson(from).size() > before);
    out.addAll(toPerson(from).subList(before, toPerson(from).size()));
    return out;
  }

  /** Lets the listeners of the last turn's events finish (they run after it, on other threads). */
  private void settle() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (jdbc.sql("select count(*) from event_publication where completion_date is null")
              .query(Integer.class)
              .single()
          == 0) {
        return;
      }
      Thread.sleep(25);
    }
  }

  /** Buttons by label only: their ids carry the (random) referral id. */
  private static String buttons(OutboundMessage m) {
    if (m.choices().isEmpty()) {
      return m.text();
    }
    return m.text()
        + "\n["
        + String.join(" | ", m.choices().stream().map(c -> c.label()).toList())
        + "]";
  }

  private ReferralSummary latest(String from) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !referrals.of(from).isEmpty());
    return referrals.of(from).get(0);
  }

  private List<OutboundMessage> cards(String referralId) {
    return outbox.sent.stream()
        .filter(m -> m.address().equals(RECRUITER))
        .filter(m -> m.choices().stream().anyMatch(c -> c.id().startsWith("ref:" + referralId)))
        .toList();
  }

  private List<String> toPerson(String from) {
    return outbox.sent.stream()
        .filter(m -> m.address().equals(from))
        .map(PlainText::render)
        .toList();
  }
}
