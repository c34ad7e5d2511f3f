import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mixed simulated conversations against several lokerbot nodes, for deploy/local-cluster.sh.
 *
 * <pre>
 * java deploy/LoadDriver.java --nodes http://127.0.0.1:18081,http://127.0.0.1:18082 \
 *      [--people 50] [--messages 20] [--duplicates 0.10] [--threads 16] [--seed 1] [--timeout 300]
 * </pre>
 *
 * <p>Each person sends a fixed script of messages in order, every message to a node picked at
 * random. A share of the messages is delivered twice with the same simulator message id, the
 * second copy to the other node at the same moment (a provider redelivering). A 503 (a node
 * waiting too long for a turn lock, Redis away) is resent with the same id, as providers do.
 *
 * <p>Counted: per node, the requests, the turns it processed and the copies it recognised as
 * duplicates; <b>duplicate replies</b> (one message id processed more than once: must be 0);
 * <b>lost messages</b> (processed by no node: must be 0); and <b>replies unlike one node</b>: a
 * reference person sends the same script to one node only, and every person must get exactly the
 * reference's replies. With the memory store, two nodes split each conversation and this last
 * number shows it. Only loopback addresses are accepted. Exit code 0 when all three are 0.
 *
 * <p>Java 17, no dependencies: {@code java deploy/LoadDriver.java ...} compiles and runs it.
 */
public class LoadDriver {

  /** What a person writes, in order; cycled when more messages are asked for. */
  static final List<String> SCRIPT =
      List.of(
          "halo", "1", "ya", "menu", "6", "menu", "bahasa", "2", "menu", "1", "menu", "2", "help",
          "menu", "3", "bantuan", "menu", "4", "5", "menu");

  public record Options(
      List<URI> nodes,
      int people,
      int messages,
      double duplicates,
      int threads,
      long seed,
      Duration timeout) {}

  /** The figures of one run. */
  public record Result(
      int messages,
      int sentTwice,
      int requests,
      Map<URI, int[]> perNode,
      int duplicateReplies,
      int lost,
      int unlikeOneNode,
      int retries,
      double seconds) {

    public boolean ok() {
      return duplicateReplies == 0 && lost == 0 && unlikeOneNode == 0;
    }

    public String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%d messages (%d delivered twice with the same id), %d requests in %.1f s%n",
              messages, sentTwice, requests, seconds));
      int i = 1;
      for (var e : perNode.entrySet()) {
        int[] c = e.getValue();
        out.append(
            String.format(
                "node %d %s: %d requests, %d turns processed, %d duplicates recognised,"
                    + " %d answered 503, %d errors%n",
                i++, e.getKey(), c[0], c[1], c[2], c[3], c[4]));
      }
      out.append(String.format("duplicate replies:        %d (must be 0)%n", duplicateReplies));
      out.append(String.format("lost messages:            %d (must be 0)%n", lost));
      out.append(String.format("replies unlike one node:  %d (must be 0)%n", unlikeOneNode));
      out.append(String.format("resent after a 503:       %d%n", retries));
      return out.toString();
    }
  }

  private static final int REQUESTS = 0, PROCESSED = 1, DUPLICATE = 2, UNAVAILABLE = 3, ERROR = 4;

  public static void main(String[] args) throws Exception {
    Options options = parse(args);
    Result result = run(options);
    System.out.print(result.report());
    System.exit(result.ok() ? 0 : 1);
  }

  public static Options parse(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      a.put(args[i].substring(2), args[i + 1]);
    }
    if (!a.containsKey("nodes")) {
      throw new IllegalArgumentException("--nodes http://127.0.0.1:PORT,http://127.0.0.1:PORT2");
    }
    List<URI> nodes = new ArrayList<>();
    for (String n : a.get("nodes").split(",")) {
      URI uri = URI.create(n.strip());
      if (!Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost())) {
        throw new IllegalArgumentException("only loopback nodes, not " + uri);
      }
      nodes.add(uri);
    }
    return new Options(
        nodes,
        bounded(a, "people", 50, 1, 1000),
        bounded(a, "messages", 20, 1, 100),
        Double.parseDouble(a.getOrDefault("duplicates", "0.10")),
        bounded(a, "threads", 16, 1, 64),
        Long.parseLong(a.getOrDefault("seed", "1")),
        Duration.ofSeconds(bounded(a, "timeout", 300, 10, 3600)));
  }

  private static int bounded(Map<String, String> a, String name, int def, int min, int max) {
    int v = Integer.parseInt(a.getOrDefault(name, String.valueOf(def)));
    if (v < min || v > max) {
      throw new IllegalArgumentException("--" + name + " must be " + min + ".." + max);
    }
    return v;
  }

  public static Result run(Options o) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String run = Long.toString(System.nanoTime() & 0xffffffffL, 36);
    Map<URI, int[]> perNode = new LinkedHashMap<>();
    o.nodes().forEach(n -> perNode.put(n, new int[5]));
    AtomicInteger retries = new AtomicInteger();
    long start = System.nanoTime();

    // the reference: the script sent in order to one node
    List<String> reference = new ArrayList<>();
    String refAddress = "sim:lc-" + run + "-ref";
    for (int m = 0; m < o.messages(); m++) {
      Outcome out =
          send(http, o.nodes().get(0), refAddress, text(m), refAddress + "-m" + m, retries);
      reference.add(out.processed() ? out.body() : "<" + out.status() + ">");
    }

    // per message id: how many copies were processed, and the replies the processed one got
    Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    Map<String, String> replies = new ConcurrentHashMap<>();
    AtomicInteger sentTwice = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    ExecutorService people = Executors.newFixedThreadPool(o.threads());
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (int p = 0; p < o.people(); p++) {
      int person = p;
      done.add(
          CompletableFuture.runAsync(
              () -> {
                Random random = new Random(o.seed() * 1_000_003L + person);
                String address = "sim:lc-" + run + "-p" + person;
                for (int m = 0; m < o.messages(); m++) {
                  String id = address + "-m" + m;
                  processed.put(id, new AtomicInteger());
                  int first = random.nextInt(o.nodes().size());
                  boolean twice = random.nextDouble() < o.duplicates();
                  List<CompletableFuture<Outcome>> copies = new ArrayList<>();
                  copies.add(sendAsync(http, o.nodes().get(first), address, text(m), id, retries));
                  if (twice) {
                    sentTwice.incrementAndGet();
                    URI other = o.nodes().get((first + 1) % o.nodes().size());
                    copies.add(sendAsync(http, other, address, text(m), id, retries));
                  }
                  for (CompletableFuture<Outcome> copy : copies) {
                    Outcome out = copy.join();
                    requests.addAndGet(out.attempts());
                    int[] counts = perNode.get(out.node());
                    synchronized (counts) {
                      counts[REQUESTS] += out.attempts();
                      counts[UNAVAILABLE] += out.attempts() - 1;
                      counts[out.kind()]++;
                    }
                    if (out.processed()) {
                      processed.get(id).incrementAndGet();
                      replies.put(id, out.body());
                    }
                  }
                }
              },
              people));
    }
    try {
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new))
          .get(o.timeout().toSeconds(), TimeUnit.SECONDS);
    } finally {
      people.shutdownNow();
    }

    int duplicateReplies = 0, lost = 0, unlike = 0;
    for (int p = 0; p < o.people(); p++) {
      for (int m = 0; m < o.messages(); m++) {
        String id = "sim:lc-" + run + "-p" + p + "-m" + m;
        int n = processed.get(id).get();
        if (n > 1) {
          duplicateReplies += n - 1;
        } else if (n == 0) {
          lost++;
        } else if (!replies.get(id).equals(reference.get(m))) {
          unlike++;
        }
      }
    }
    return new Result(
        o.people() * o.messages(),
        sentTwice.get(),
        requests.get(),
        perNode,
        duplicateReplies,
        lost,
        unlike,
        retries.get(),
        (System.nanoTime() - start) / 1e9);
  }

  static String text(int m) {
    return SCRIPT.get(m % SCRIPT.size());
  }

  /** What happened to one copy of a message, after any resends. */
  record Outcome(URI node, int status, String body, int attempts) {
    boolean processed() {
      return status == 200 && !body.contains("\"duplicate\":true");
    }

    int kind() {
      if (status == 200) {
        return processed() ? PROCESSED : DUPLICATE;
      }
      return status == 503 ? UNAVAILABLE : ERROR;
    }
  }

  /** Copies of a message go out at the same moment, each on its own thread. */
  private static final ExecutorService SENDERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "send");
            t.setDaemon(true);
            return t;
          });

  static CompletableFuture<Outcome> sendAsync(
      HttpClient http, URI node, String from, String text, String id, AtomicInteger retries) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return send(http, node, from, text, id, retries);
          } catch (IOException | InterruptedException e) {
            return new Outcome(node, -1, e.toString(), 1);
          }
        },
        SENDERS);
  }

  /** Sends one message; a 503 is resent (same id) up to five times, a second apart at most. */
  static Outcome send(
      HttpClient http, URI node, String from, String text, String id, AtomicInteger retries)
      throws IOException, InterruptedException {
    String json =
        "{\"from\":\"" + from + "\",\"text\":\"" + text + "\",\"id\":\"" + id + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(node.resolve("/simulator/messages"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 503 || attempt == 6) {
        return new Outcome(node, response.statusCode(), response.body(), attempt);
      }
      retries.incrementAndGet();
      Thread.sleep(Math.min(1000, 100L * attempt));
    }
  }
}
