package id.lokerbot;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.platform.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two application nodes sharing one Redis and one database, with people writing to both at random,
 * providers delivering some messages twice, and Redis restarting mid-run. Each person's transcript
 * must be what a single node answers to their messages in order.
 */
class MultiNodeTests {

  static final List<String> WORDS =
      List.of(
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "ya",
          "tidak",
          "kenapa",
          "menu",
          "bahasa",
          "english",
          "indonesia",
          "help",
          "stop",
          "mulai",
          "ulang",
          "apa ini",
          "cari kerja",
          "pelatihan",
          "halo");

  /** Persistent like a production Redis with AOF, and ours alone, since one test restarts it. */
  static final TestRedis redis = TestRedis.ofOwn(true);

  static final String database =
      "jdbc:h2:mem:multinode-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  static final List<SimulatorClient> clients = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() {
    for (int i = 0; i < 2; i++) {
      ConfigurableApplicationContext node =
          new SpringApplicationBuilder(LokerbotApplication.class)
              .run(
                  "--server.port=0",
                  "--lokerbot.store=redis",
                  "--spring.data.redis.url=" + redis.url(),
                  "--spring.datasource.url=" + database,
                  "--lokerbot.channel.dedupe-claim=5s",
                  "--lokerbot.conversation.turn-lock-lease=3s",
                  "--lokerbot.conversation.turn-lock-wait=3s",
                  "--logging.level.root=warn",
                  "--logging.level.id.lokerbot=error");
      nodes.add(node);
      clients.add(
          new SimulatorClient(
              Integer.parseInt(node.getEnvironment().getProperty("local.server.port"))));
    }
  }

  @AfterAll
  static void stopNodes() {
    nodes.forEach(ConfigurableApplicationContext::close);
    redis.stop();
  }

  /** What a person sent and what came back, message by message. */
  record Transcript(List<String> sent, List<List<String>> answers) {}

  @Test
  void aThousandMessagesFromFiftyPeopleOnTwoNodesWithDuplicates() throws Exception {
    String run = "mn" + UUID.randomUUID().toString().substring(0, 6);
    Random random = new Random(42);
    int people = 50;
    int perPerson = 18; // 900 messages, and 100 duplicate deliveries
    Map<String, List<String>> scripts = scripts(run, people, perPerson, random);
    Set<String> sequentialDuplicates = ConcurrentHashMap.newKeySet();
    Set<String> concurrentDuplicates = ConcurrentHashMap.newKeySet();
    List<String> persons = new ArrayList<>(scripts.keySet());
    while (sequentialDuplicates.size() + concurrentDuplicates.size() < 100) {
      String key = persons.get(random.nextInt(people)) + "#" + random.nextInt(perPerson);
      if (!sequentialDuplicates.contains(key) && !concurrentDuplicates.contains(key)) {
        (random.nextBoolean() ? sequentialDuplicates : concurrentDuplicates).add(key);
      }
    }
    AtomicInteger deliveries = new AtomicInteger();
    AtomicInteger duplicatesAnswered = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool();
    Map<String, Future<List<List<String>>>> running = new HashMap<>();
    for (var entry : scripts.entrySet()) {
      String person = entry.getKey();
      running.put(
          person,
          pool.submit(
              () -> {
                List<List<String>> answers = new ArrayList<>();
                List<String> texts = entry.getValue();
                for (int i = 0; i < texts.size(); i++) {
                  String id = person.substring(4) + "-" + i;
                  String key = person + "#" + i;
                  List<String> text = List.of(texts.get(i));
                  if (concurrentDuplicates.contains(key)) {
                    Future<JsonNode> one = pool.submit(() -> deliver(person, text.get(0), id));
                    Future<JsonNode> two = pool.submit(() -> deliver(person, text.get(0), id));
                    List<JsonNode> both = List.of(one.get(), two.get());
                    deliveries.addAndGet(2);
                    List<JsonNode> handled =
                        both.stream().filter(b -> !b.path("duplicate").asBoolean()).toList();
                    assertThat(handled).as("exactly one of two deliveries of " + id).hasSize(1);
                    duplicatesAnswered.incrementAndGet();
                    answers.add(texts(handled.get(0)));
                  } else {
                    JsonNode answer = deliver(person, text.get(0), id);
                    deliveries.incrementAndGet();
                    assertThat(answer.path("duplicate").asBoolean()).as(id).isFalse();
                    answers.add(texts(answer));
                    if (sequentialDuplicates.contains(key)) {
                      JsonNode again = deliver(person, text.get(0), id);
                      deliveries.incrementAndGet();
                      assertThat(again.path("duplicate").asBoolean()).as(id).isTrue();
                      assertThat(again.path("replies").size()).isZero();
                      duplicatesAnswered.incrementAndGet();
                    }
                  }
                }
                return answers;
              }));
    }
    Map<String, List<List<String>>> transcripts = new HashMap<>();
    for (var r : running.entrySet()) {
      transcripts.put(r.getKey(), r.getValue().get(5, TimeUnit.MINUTES));
    }
    pool.shutdownNow();

    assertThat(deliveries.get()).isEqualTo(1000);
    assertThat(duplicatesAnswered.get()).isEqualTo(100);
    JdbcClient db = nodes.get(0).getBean(JdbcClient.class);
    for (String person : persons) {
      assertThat(transcripts.get(person))
          .as("transcript of " + person)
          .isEqualTo(singleNode(person + "-replay", scripts.get(person)));
      // each message was handled once: one inbound row, and one outbound row per reply
      assertThat(count(db, person, "in")).isEqualTo(perPerson);
      assertThat(count(db, person, "out"))
          .isEqualTo(transcripts.get(person).stream().mapToInt(List::size).sum());
    }
  }

  @Test
  void redisRestartingMidRunLosesNoAcknowledgedMessage() throws Exception {
    String run = "rr" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, List<String>> scripts = scripts(run, 20, 10, new Random(7));
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool();
    Future<?> chaos =
        pool.submit(
            () -> {
              while (acknowledged.get() < 60) {
                Thread.sleep(5);
              }
              redis.stop();
              Thread.sleep(1500);
              redis.start();
              return null;
            });
    Map<String, Future<List<List<String>>>> running = new HashMap<>();
    for (var entry : scripts.entrySet()) {
      String person = entry.getKey();
      running.put(
          person,
          pool.submit(
              () -> {
                List<List<String>> answers = new ArrayList<>();
                for (int i = 0; i < entry.getValue().size(); i++) {
                  JsonNode answer =
                      deliver(
                          person, entry.getValue().get(i), person.substring(4) + "-" + i, refused);
                  assertThat(answer.path("duplicate").asBoolean()).isFalse();
                  acknowledged.incrementAndGet();
                  answers.add(texts(answer));
                }
                return answers;
              }));
    }
    chaos.get(3, TimeUnit.MINUTES);
    for (var r : running.entrySet()) {
      assertThat(r.getValue().get(3, TimeUnit.MINUTES))
          .as("transcript of " + r.getKey())
          .isEqualTo(singleNode(r.getKey() + "-replay", scripts.get(r.getKey())));
    }
    pool.shutdownNow();
    assertThat(refused.get()).as("503 answers while Redis was away").isPositive();
  }

  /** Each person's messages: a greeting first, then words from the flows at random. */
  static Map<String, List<String>> scripts(String run, int people, int each, Random random) {
    Map<String, List<String>> scripts = new HashMap<>();
    for (int p = 0; p < people; p++) {
      List<String> texts = new ArrayList<>();
      texts.add("halo");
      while (texts.size() < each) {
        texts.add(WORDS.get(random.nextInt(WORDS.size())));
      }
      scripts.put("sim:" + run + "-p" + p, Collections.unmodifiableList(texts));
    }
    return scripts;
  }

  static JsonNode deliver(String person, String text, String id) throws InterruptedException {
    return deliver(person, text, id, new AtomicInteger());
  }

  /** Delivers to a random node as a provider does: 503 means "deliver it again later". */
  static JsonNode deliver(String person, String text, String id, AtomicInteger refused)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      SimulatorClient node = clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
      SimulatorClient.Answer answer;
      try {
        answer = node.send(person, text, id);
      } catch (RuntimeException e) {
        answer = new SimulatorClient.Answer(599, null, null);
      }
      if (answer.status() == 200) {
        return answer.body();
      }
      assertThat(answer.status()).as("answer to " + id).isIn(503, 599);
      refused.incrementAndGet();
      assertThat(System.nanoTime()).as("delivered " + id + " in time").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  static List<String> texts(JsonNode response) {
    List<String> texts = new ArrayList<>();
    for (JsonNode reply : response.path("replies")) {
      StringBuilder text = new StringBuilder(reply.path("text").asString());
      for (JsonNode choice : reply.path("choices")) {
        text.append(" | ").append(choice.path("label").asString());
      }
      texts.add(text.toString());
    }
    return texts;
  }

  /** What one node answers to these messages, one after another, from a new address. */
  static List<List<String>> singleNode(String address, List<String> messages) {
    InboundHandler handler = nodes.get(0).getBean(InboundHandler.class);
    Clock clock = nodes.get(0).getBean(Clock.class);
    List<List<String>> answers = new ArrayList<>();
    for (String text : messages) {
      List<String> texts = new ArrayList<>();
      for (OutboundMessage reply :
          handler.handle(new InboundMessage(address, text, null, null, clock.instant()))) {
        StringBuilder line = new StringBuilder(reply.text());
        reply.choices().forEach(c -> line.append(" | ").append(c.label()));
        texts.add(line.toString());
      }
      answers.add(texts);
    }
    return answers;
  }

  static int count(JdbcClient db, String address, String direction) {
    return db.sql("select count(*) from message_log where address = ? and direction = ?")
        .params(address, direction)
        .query(Integer.class)
        .single();
  }
}
