package id.lokerbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.lokerbot.channel.Messenger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With no token (the default) nothing of Telegram starts and the webhook path does not exist. */
@SpringBootTest
@AutoConfigureMockMvc
class TelegramOffTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Messenger messenger;

  @Test
  void nothingStartsWithoutAToken() throws Exception {
    assertThat(context.getBeanNamesForType(TelegramSender.class)).isEmpty();
    assertThat(context.getBeanNamesForType(TelegramPoller.class)).isEmpty();
    assertThat(context.getBeanNamesForType(TelegramWebhookController.class)).isEmpty();
    assertThat(messenger.canSend("telegram:1")).isFalse();
    int status =
        mvc.perform(
                post("/webhooks/telegram")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(TelegramWebhookController.SECRET_HEADER, "anything")
                    .content("{\"update_id\":1}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(404);
  }
}
