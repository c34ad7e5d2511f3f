package id.lokerbot.channel.twilio;

import com.twilio.http.TwilioRestClient;
import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.content.ContentService;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Twilio sending, only when the account SID and auth token are both set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TwilioConfig.Credentials.class)
class TwilioConfig {

  @Bean
  TwilioRestClient twilioRestClient(TwilioProperties properties) {
    return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
        .httpClient(new OneAttemptHttpClient(properties.apiUrl()))
        .build();
  }

  @Bean
  TwilioOutbox twilioOutbox(
      TwilioRestClient client,
      TwilioProperties properties,
      @Value("${lokerbot.public-url:}") String publicUrl,
      JdbcClient jdbc,
      TwilioMessageStatus status,
      SmsPages smsPages,
      OptOuts optOuts,
      ContentService content,
      PlatformTransactionManager transactions,
      Clock clock) {
    return new TwilioOutbox(
        client,
        properties,
        publicUrl,
        new TwilioQueue(jdbc),
        status,
        new WhatsAppMenus(client, jdbc, content, clock),
        smsPages,
        optOuts,
        content,
        new TransactionTemplate(transactions),
        clock);
  }

  @Bean
  ChannelSender twilioWhatsAppSender(TwilioOutbox outbox) {
    return new TwilioSender("whatsapp", outbox);
  }

  @Bean
  ChannelSender twilioSmsSender(TwilioOutbox outbox) {
    return new TwilioSender("sms", outbox);
  }

  /** Both credentials set (from properties or LOKERBOT_TWILIO_* environment variables). */
  static class Credentials implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      return hasText(env.getProperty("lokerbot.twilio.account-sid"))
          && hasText(env.getProperty("lokerbot.twilio.auth-token"));
    }

    private static boolean hasText(String value) {
      return value != null && !value.isBlank();
    }
  }
}
