package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.Messenger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** With no credentials (the embedded default) nothing Twilio starts and the webhooks say 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwilioWithoutCredentialsTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Messenger messenger;

  @Test
  void nothingSendsAndWebhooksAreRefused() throws Exception {
    assertThat(context.getBeansOfType(TwilioOutbox.class)).isEmpty();
    assertThat(context.getBeansOfType(ChannelSender.class).values())
        .noneMatch(s -> s.scheme().equals("whatsapp") || s.scheme().equals("sms"));
    assertThat(messenger.canSend("whatsapp:+6281")).isFalse();

    Map<String, String> form = Map.of("MessageSid", "SM1", "From", "+6281", "Body", "halo");
    // even "signed" with an empty token
    for (String path : new String[] {"/webhooks/twilio", "/webhooks/twilio/status"}) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("X-Twilio-Signature", "")
                      .POST(HttpRequest.BodyPublishers.ofString(TwilioTestSupport.formBody(form)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
    }
  }
}
