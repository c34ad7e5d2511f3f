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
 * @param apiUrl replaces {@code https://*.twilio.com} in every API call, messages ({@code api.})
 *     and the Content API ({@code content.}) alike (tests point it at WireMock); empty = the real
 *     Twilio API
 * @param whatsappFrom the WhatsApp sender, {@code whatsapp:+14155238886} (the prefix is added when
 *     missing); used when no messaging service is set
 * @param whatsappMessagingServiceSid a Messaging Service ({@code MG…}) to send WhatsApp through;
 *     wins over {@code whatsapp-from}
 * @param smsFrom the SMS sender: a number in E.164 or a registered alphanumeric id
 * @param smsMessagingServiceSid a Messaging Service for SMS; wins over {@code sms-from}
 * @param smsMaxSegments the most segments one SMS reply may use (default 2); longer text is paged
 *     (two-way SMS) or cut and marked with "..."
 * @param smsTwoWay whether people can answer our SMS (not in Indonesia, where Twilio numbers cannot
 *     receive SMS): long replies then go out page by page, each ending with "balas 9 untuk lanjut";
 *     default false
 * @param smsPageTtl how long the rest of a paged SMS reply waits for the person's 9 (default 24h)
 * @param whatsappWindow how long after a person's last message free text may be sent on WhatsApp
 *     (default 24h, Meta's customer service window)
 * @param whatsappMenus whether choices inside the window become WhatsApp quick-reply buttons (up to
 *     3) or a list (up to 10), created once each through Twilio's Content API; false = numbered
 *     text (default true)
 * @param whatsappTemplateContentSid the approved template ({@code HX…}) sent instead of free text
 *     outside the window; empty = such messages are recorded as failed ({@code no-template})
 * @param whatsappTemplateVariables {@code ContentVariables} for that template, a JSON object such
 *     as {@code {"1":"Lokerbot"}}; empty = none
 * @param retryFor how long a message keeps being retried after failures that are safe to retry
 *     (429/20429, no connection) before it is recorded as failed; a Twilio outage shorter than this
 *     delays messages and loses none (default 12h)
 * @param retryBackoff wait before the first retry, doubled each time (default 1s)
 * @param retryMaxBackoff the longest wait between retries (default 30s)
 * @param senderThreads threads sending to Twilio on each node; each address is sent in order, one
 *     message at a time, across all nodes (default 4)
 * @param pollInterval how often each node looks for queued messages that are due (default 1s; a new
 *     message is picked up at once on the node that queued it)
 * @param lease how long a node holds a message it took for sending; a message held by a node that
 *     died is taken by another after this, or, if it was mid-send, recorded as unsure and not sent
 *     again (default 2m)
 * @param drainTimeout how long shutdown waits for messages being sent right now (default 20s); the
 *     queue itself stays in the database for the next node
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
    @DefaultValue("false") boolean smsTwoWay,
    @DefaultValue("24h") Duration smsPageTtl,
    @DefaultValue("24h") Duration whatsappWindow,
    @DefaultValue("true") boolean whatsappMenus,
    @DefaultValue("") String whatsappTemplateContentSid,
    @DefaultValue("") String whatsappTemplateVariables,
    @DefaultValue("12h") Duration retryFor,
    @DefaultValue("1s") Duration retryBackoff,
    @DefaultValue("30s") Duration retryMaxBackoff,
    @DefaultValue("4") int senderThreads,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("20s") Duration drainTimeout) {

  TwilioProperties {
    if (smsMaxSegments < 1) {
      throw new IllegalArgumentException("lokerbot.twilio.sms-max-segments must be at least 1");
    }
    if (senderThreads < 1) {
      throw new IllegalArgumentException("lokerbot.twilio.sender-threads must be at least 1");
    }
  }

  /** Whether sending can work: both credentials are set. */
  boolean configured() {
    return !accountSid.isBlank() && !authToken.isBlank();
  }
}
