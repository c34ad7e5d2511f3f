package id.lokerbot.channel.twilio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Twilio SMS and WhatsApp. Nothing Twilio starts unless both the account SID and the auth token are
 * set; without a token the webhooks answer 403. The public base URL comes from {@code
 * lokerbot.public-url} (shared with other channels), not from here.
 *
 * @param accountSid the account SID ({@code AC…}); env {@code LOKERBOT_TWILIO_ACCOUNT_SID}
 * @param authToken the auth token: signs webhooks and authenticates API calls; env {@code
 *     LOKERBOT_TWILIO_AUTH_TOKEN}
 * @param apiUrl replaces {@code https://*.twilio.com} in every API call (tests point it at
 *     WireMock); empty = the real Twilio API
 * @param whatsappFrom the WhatsApp sender, {@code whatsapp:+14155238886} (the prefix is added when
 *     missing); used when no messaging service is set
 * @param whatsappMessagingServiceSid a Messaging Service ({@code MG…}) to send WhatsApp through;
 *     wins over {@code whatsapp-from}
 * @param smsFrom the SMS sender: a number in E.164 or a registered alphanumeric id
 * @param smsMessagingServiceSid a Messaging Service for SMS; wins over {@code sms-from}
 * @param smsMaxSegments the most segments one SMS reply may use (default 2); longer text is cut and
 *     marked with "..."
 * @param whatsappWindow how long after a person's last message free text may be sent on WhatsApp
 *     (default 24h, Meta's customer service window)
 * @param whatsappTemplateContentSid the approved template ({@code HX…}) sent instead of free text
 *     outside the window; empty = such messages are recorded as failed ({@code no-template})
 * @param whatsappTemplateVariables {@code ContentVariables} for that template, a JSON object such
 *     as {@code {"1":"Lokerbot"}}; empty = none
 * @param retryAttempts attempts per message for the failures that are safe to retry (429/20429, no
 *     connection); default 4
 * @param retryBackoff wait before the first retry, doubled each time (default 1s)
 * @param retryMaxBackoff the longest wait between retries (default 30s)
 * @param senderThreads threads sending to Twilio; each address is sent in order on one of them
 *     (default 4)
 * @param drainTimeout how long shutdown waits for queued replies to go out (default 20s)
 */
@ConfigurationProperties("lokerbot.twilio")
record TwilioProperties(
    @DefaultValue("") String accountSid,
    @DefaultValue("") String authToken,
    @DefaultValue("") String apiUrl,
    @DefaultValue("") String whatsappFrom,
    @DefaultValue("") String whatsappMessagingServiceSid,
    @DefaultValue("") String smsFrom,
    @DefaultValue("") String smsMessagingServiceSid,
    @DefaultValue("2") int smsMaxSegments,
    @DefaultValue("24h") Duration whatsappWindow,
    @DefaultValue("") String whatsappTemplateContentSid,
    @DefaultValue("") String whatsappTemplateVariables,
    @DefaultValue("4") int retryAttempts,
    @DefaultValue("1s") Duration retryBackoff,
    @DefaultValue("30s") Duration retryMaxBackoff,
    @DefaultValue("4") int senderThreads,
    @DefaultValue("20s") Duration drainTimeout) {

  TwilioProperties {
    if (smsMaxSegments < 1) {
      throw new IllegalArgumentException("lokerbot.twilio.sms-max-segments must be at least 1");
    }
    if (retryAttempts < 1) {
      throw new IllegalArgumentException("lokerbot.twilio.retry-attempts must be at least 1");
    }
  }

  /** Whether sending can work: both credentials are set. */
  boolean configured() {
    return !accountSid.isBlank() && !authToken.isBlank();
  }
}
