package id.lokerbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.InboundMessage;
import id.lokerbot.conversation.Conversations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** Reloading content: good content takes effect, bad content is refused and the old stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentReloadTests {

  @TempDir static Path dir;

  @DynamicPropertySource
  static void contentCopy(DynamicPropertyRegistry registry) throws IOException {
    FileSystemUtils.copyRecursively(Path.of("content"), dir);
    registry.add("lokerbot.content.dir", dir::toString);
  }

  @LocalServerPort int port;
  @Autowired Conversations conversations;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> reload(String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/content/reload"))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (key != null) {
      request.header("X-Admin-Key", key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String firstReply(String from) {
    return conversations
        .handle(new InboundMessage(from, "halo", null, null, Instant.parse("2026-11-28T00:00:00Z")))
        .get(0)
        .text();
  }

  @Test
  void reloadNeedsTheAdminKey() throws Exception {
    assertThat(reload(null).statusCode()).isEqualTo(401);
    assertThat(reload("guess").statusCode()).isEqualTo(403);
  }

  @Test
  void goodContentTakesEffectAndBadContentIsRefused() throws Exception {
    Path messages = dir.resolve("messages/id.yaml");
    Path en = dir.resolve("messages/en.yaml");
    Files.writeString(
        messages,
        Files.readString(messages).replace("Halo! Saya Lokerbot.", "Halo! Ini Lokerbot baru."));
    Files.writeString(
        en, Files.readString(en).replace("Halo! Saya Lokerbot.", "Halo! Ini Lokerbot baru."));

    HttpResponse<String> good = reload("test-admin-key");
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(good.body()).contains("reloaded");
    assertThat(firstReply("sim:reload-1")).startsWith("Halo! Ini Lokerbot baru.");

    Path main = dir.resolve("flows/main.yaml");
    Files.writeString(main, Files.readString(main).replace("next: language", "next: nowhere"));
    HttpResponse<String> bad = reload("test-admin-key");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body())
        .contains("old content still in force")
        .contains("flows/main.yaml:nodes[0](welcome): goes to unknown node 'nowhere'");
    assertThat(firstReply("sim:reload-2")).startsWith("Halo! Ini Lokerbot baru.");
  }
}
