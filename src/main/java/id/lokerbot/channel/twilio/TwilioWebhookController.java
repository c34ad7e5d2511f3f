package id.lokerbot.channel.twilio;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks: {@code POST /webhooks/twilio} for inbound SMS and WhatsApp messages, {@code
 * POST /webhooks/twilio/status} for delivery receipts. Both are signature-checked (403 when wrong,
 * missing, or when no auth token is set) and answer empty TwiML; replies are queued in the database
 * before the answer and go out through the REST API, so a slow send never holds up Twilio's
 * 15-second webhook timeout and a crash loses no reply.
 */
@RestController
class TwilioWebhookController {

  static final String PATH = "/webhooks/twilio";
  static final String STATUS_PATH = "/webhooks/twilio/status";
  static final String DEDUPE_CHANNEL = "twilio";
  private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

  private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);

  private final TwilioProperties properties;
  private final String publicUrl;
  private final InboundDedupe dedupe;
  private final InboundHandler handler;
  private final Messenger messenger;
  private final TwilioMessageStatus status;
  private final OptOuts optOuts;
  private final ContentService content;
  private final SmsPages smsPages;
  private final Clock clock;

  TwilioWebhookController(
      TwilioProperties properties,
      @Value("${lokerbot.public-url:}") String publicUrl,
      InboundDedupe dedupe,
      InboundHandler handler,
      Messenger messenger,
      TwilioMessageStatus status,
      OptOuts optOuts,
      ContentService content,
      SmsPages smsPages,
      Clock clock) {
    this.properties = properties;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.dedupe = dedupe;
    this.handler = handler;
    this.messenger = messenger;
    this.status = status;
    this.optOuts = optOuts;
    this.content = content;
    this.smsPages = smsPages;
    this.clock = clock;
    if (this.publicUrl.isEmpty() && !properties.authToken().isBlank()) {
      log.warn(
          "lokerbot.public-url is not set: Twilio signatures are checked against the URL this"
              + " server sees, which fails behind a TLS proxy");
    }
  }

  @PostMapping(path = PATH)
  ResponseEntity<String> inbound(HttpServletRequest request) throws IOException {
    Map<String, List<String>> form = readForm(request);
    if (!verified(request, form)) {
      return forbidden();
    }
    String sid = first(form, "MessageSid");
    String from = first(form, "From");
    String address = address(from);
    if (sid.isBlank() || address == null) {
      log.info("ignoring a Twilio message without MessageSid or with an unsupported sender");
      return twiml();
    }
    Optional<List<OutboundMessage>> replies = firstTime(address, sid, form);
    if (replies.isEmpty()) {
      log.debug("duplicate Twilio message {}", sid);
      return twiml();
    }
    try {
      messenger.reply(replies.get());
    } catch (RuntimeException e) {
      dedupe.release(DEDUPE_CHANNEL, sid); // nothing was sent: a redelivery may try again
      throw e;
    }
    dedupe.done(DEDUPE_CHANNEL, sid);
    log.info("Twilio message {} from {}", sid, Addresses.masked(address));
    return twiml();
  }

  @PostMapping(path = STATUS_PATH)
  ResponseEntity<String> status(HttpServletRequest request) throws IOException {
    Map<String, List<String>> form = readForm(request);
    if (!verified(request, form)) {
      return forbidden();
    }
    String sid = first(form, "MessageSid");
    String messageStatus = first(form, "MessageStatus");
    if (messageStatus.isBlank()) {
      messageStatus = first(form, "SmsStatus");
    }
    String errorCode = first(form, "ErrorCode");
    boolean changed =
        status.callback(
            ourId(request.getQueryString()),
            sid.isBlank() ? null : sid,
            messageStatus,
            errorCode.isBlank() ? null : errorCode);
    String to = address(first(form, "To"));
    if ("21610".equals(errorCode) && to != null) {
      optOuts.stop(to, "twilio 21610");
    }
    log.debug("status {} for {} (changed: {})", messageStatus, sid, changed);
    return twiml();
  }

  /**
   * The replies to a message the first time its sid is seen (its dedupe claim taken), empty for a
   * repeat. A message for the conversation has its claim sent with the start of its turn; media and
   * two-way SMS, answered here before the conversation, settle it first.
   */
  private Optional<List<OutboundMessage>> firstTime(
      String address, String sid, Map<String, List<String>> form) {
    String body = first(form, "Body");
    String buttonText = first(form, "ButtonText");
    String buttonPayload = first(form, "ButtonPayload");
    boolean media = body.isBlank() && buttonText.isBlank() && buttonPayload.isBlank();
    boolean paged = properties.smsTwoWay() && "sms".equals(Addresses.scheme(address));
    if (!media && !paged) {
      return handler.handleFirstTime(DEDUPE_CHANNEL, message(address, sid, form));
    }
    return dedupe.firstTimeOnly(
        DEDUPE_CHANNEL, sid, () -> media ? mediaOnly(address, sid) : sms(address, sid, form));
  }

  /**
   * A photo, voice note, sticker or location: we can only read text. The conversation logs the
   * messages it handles; this one bypasses it, so it is logged here (it opens the window).
   */
  private List<OutboundMessage> mediaOnly(String address, String sid) {
    status.received(address, Addresses.scheme(address), sid);
    Messages messages = content.current().messages();
    return List.of(
        new OutboundMessage(
            address, messages.text(messages.defaultLanguage(), "twilio.media-only")));
  }

  private List<OutboundMessage> sms(String address, String sid, Map<String, List<String>> form) {
    Optional<List<OutboundMessage>> page = nextSmsPage(address, sid, first(form, "Body"));
    return page.isPresent() ? page.get() : handler.handle(message(address, sid, form));
  }

  private InboundMessage message(String address, String sid, Map<String, List<String>> form) {
    String body = first(form, "Body");
    String text = body.isBlank() ? first(form, "ButtonText") : body;
    // a quick-reply button answers with ButtonPayload, a list item with ListId: both carry the
    // choice id the menu was made with
    String buttonPayload = first(form, "ButtonPayload");
    String listId = first(form, "ListId");
    String choice = !buttonPayload.isBlank() ? buttonPayload : listId.isBlank() ? null : listId;
    if (text.isBlank()) {
      text = first(form, "ListTitle");
    }
    return new InboundMessage(address, text, choice, sid, clock.instant());
  }

  /**
   * Two-way SMS: "9" while the rest of a long reply waits sends its next page, and is not an answer
   * to the conversation; anything else drops the waiting pages and goes on as usual.
   */
  private Optional<List<OutboundMessage>> nextSmsPage(String address, String sid, String body) {
    if (!body.strip().equals("9")) {
      smsPages.clear(address);
      return Optional.empty();
    }
    Optional<SmsPages.Page> page = smsPages.next(address, clock.instant());
    if (page.isEmpty()) {
      return Optional.empty();
    }
    status.received(address, "sms", sid); // the conversation never sees it, so it is logged here
    return Optional.of(
        List.of(
            new OutboundMessage(
                address, page.get().text(), List.of(), null, page.get().language())));
  }

  /**
   * Our address for Twilio's {@code From}/{@code To}: {@code whatsapp:} + whatever follows the
   * prefix (a number or an anonymous user id, kept as it is), or {@code sms:} + the number; null
   * for other Twilio channels.
   */
  static String address(String from) {
    if (from == null || from.isBlank()) {
      return null;
    }
    if (from.startsWith("whatsapp:") && from.length() > "whatsapp:".length()) {
      return from;
    }
    return from.indexOf(':') < 0 ? "sms:" + from : null;
  }

  private boolean verified(HttpServletRequest request, Map<String, List<String>> form) {
    String base = publicUrl.isEmpty() ? request.getRequestURL().toString() : publicUrl;
    String url =
        (publicUrl.isEmpty() ? base : base + request.getRequestURI())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    boolean valid =
        TwilioSignature.valid(
            properties.authToken(), url, form, request.getHeader("X-Twilio-Signature"));
    if (!valid) {
      log.warn("rejected a Twilio webhook call with a wrong or missing signature");
    }
    return valid;
  }

  /** The raw body, parsed here: the servlet's parameter map would mix in the query string. */
  private static Map<String, List<String>> readForm(HttpServletRequest request) throws IOException {
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return TwilioSignature.parseForm(body);
  }

  private static Long ourId(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("m=")) {
        try {
          return Long.valueOf(pair.substring(2));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static ResponseEntity<String> twiml() {
    return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
  }

  private static ResponseEntity<String> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
  }
}
