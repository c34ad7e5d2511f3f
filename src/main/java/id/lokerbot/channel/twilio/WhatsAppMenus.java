package id.lokerbot.channel.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.content.v1.Content;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Messages;
import id.lokerbot.platform.Sha256;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WhatsApp menus inside the 24-hour window: up to 3 choices become quick-reply buttons, 4 to 10 a
 * list. Twilio sends them only as Content resources ({@code HX…}), so each distinct menu is created
 * once through the Content API and its SID kept in {@code twilio_content} for every node. The
 * message text is the variable {@code {{1}}}, filled per message, so a menu is the same resource
 * whatever text comes with it. Button and item ids are the choice ids, so a tap comes back as
 * {@code ButtonPayload} (or {@code ListId}) = the choice. Anything that does not fit (more than 10
 * choices, a text over 1024 characters, labels that clash once shortened) or a failed creation
 * leaves the message to numbered text.
 */
class WhatsAppMenus {

  private static final Logger log = LoggerFactory.getLogger(WhatsAppMenus.class);

  static final String BUTTONS = "twilio/quick-reply";
  static final String LIST = "twilio/list-picker";
  static final int MAX_BUTTONS = 3; // in-session quick replies without approval
  static final int MAX_ITEMS = 10;
  static final int BUTTON_TITLE = 20;
  static final int ITEM_TITLE = 24;
  static final int ITEM_DESCRIPTION = 72;
  static final int MAX_BODY = 1024;
  static final String BODY = "{{1}}";

  /** Another node creating the same menu is waited for this long, then we send text. */
  private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(2);

  /** A creation claimed longer ago than this was left by a node that stopped: taken over. */
  private static final Duration STALE_CLAIM = Duration.ofMinutes(1);

  /** After Twilio refused the Content API itself (401/403), text only for this long. */
  private static final Duration PAUSE_WHEN_FORBIDDEN = Duration.ofMinutes(5);

  /** What to send instead of text: the menu's SID and the text as its variable. */
  record Menu(String kind, String contentSid, String variables) {}

  record Item(String id, String title, String description) {}

  private final TwilioRestClient client;
  private final JdbcClient jdbc;
  private final ContentService content;
  private final Clock clock;
  private volatile Instant pausedUntil = Instant.MIN;

  WhatsAppMenus(TwilioRestClient client, JdbcClient jdbc, ContentService content, Clock clock) {
    this.client = client;
    this.jdbc = jdbc;
    this.content = content;
    this.clock = clock;
  }

  /** The menu for a message, or empty when it goes as numbered text. */
  Optional<Menu> menu(OutboundMessage message) {
    List<Choice> choices = message.choices();
    String text = message.text();
    if (choices.isEmpty()
        || choices.size() > MAX_ITEMS
        || text.isBlank()
        || text.length() > MAX_BODY
        || clock.instant().isBefore(pausedUntil)) {
      return Optional.empty();
    }
    boolean buttons = choices.size() <= MAX_BUTTONS;
    String kind = buttons ? BUTTONS : LIST;
    Messages messages = content.current().messages();
    String language = messages.supported(message.language());
    String button = buttons ? "" : shorten(messages.text(language, "twilio.list-button"), 20);
    List<Item> items = items(choices, buttons);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String hash = hash(kind, BODY, button, items, language);
    String sid = sid(hash, kind, () -> create(kind, button, items, language, hash));
    return sid == null
        ? Optional.empty()
        : Optional.of(new Menu(kind, sid, TwilioQueue.json(Map.of("1", text))));
  }

  /** Drops a menu Twilio refused to send, so the next message creates it again. */
  void forget(String contentSid) {
    jdbc.sql("delete from twilio_content where content_sid = ?").param(contentSid).update();
  }

  /** Buttons or list items from the choices; empty when two titles clash once shortened. */
  static List<Item> items(List<Choice> choices, boolean buttons) {
    int max = buttons ? BUTTON_TITLE : ITEM_TITLE;
    List<Item> items = new ArrayList<>();
    HashSet<String> titles = new HashSet<>();
    for (Choice choice : choices) {
      String label = choice.label().strip().replaceAll("\\s+", " ");
      String title = shorten(label, max);
      if (title.isEmpty() || !titles.add(title)) {
        return List.of();
      }
      // a list can show the whole label under a shortened title
      String description =
          !buttons && !title.equals(label) ? shorten(label, ITEM_DESCRIPTION) : null;
      items.add(new Item(choice.id(), title, description));
    }
    return items;
  }

  /**
   * A label within {@code max} characters: whole when it fits, else cut at the last word break in
   * the second half (or hard) and ended with "…".
   */
  static String shorten(String label, int max) {
    if (label.length() <= max) {
      return label;
    }
    int limit = max - 1; // room for the ellipsis
    if (Character.isLowSurrogate(label.charAt(limit))) {
      limit--; // never split a surrogate pair
    }
    String head = label.substring(0, limit);
    int space = head.lastIndexOf(' ');
    if (space >= max / 2) {
      head = head.substring(0, space);
    }
    return head.replaceAll("[\\s,;:.\\-/(]+$", "") + "…";
  }

  static String hash(String kind, String body, String button, List<Item> items, String language) {
    StringBuilder key = new StringBuilder();
    key.append(kind).append('\0').append(body).append('\0').append(button).append('\0');
    for (Item item : items) {
      key.append(item.id())
          .append('\1')
          .append(item.title())
          .append('\1')
          .append(item.description() == null ? "" : item.description())
          .append('\0');
    }
    key.append(language);
    return Sha256.hex(key.toString());
  }

  private interface Creation {
    String create();
  }

  /** The SID for a menu: from the table, or created here once (the row's insert decides who). */
  private String sid(String hash, String kind, Creation creation) {
    Instant deadline = clock.instant().plus(WAIT_FOR_OTHER);
    long waitedMillis = 0;
    for (int round = 0; round < 50; round++) { // bounded: rows appearing and vanishing meanwhile
      Optional<Cached> cached =
          jdbc.sql("select content_sid, created_at from twilio_content where hash = ?")
              .param(hash)
              .query(Cached.class)
              .optional();
      Instant now = clock.instant();
      if (cached.isEmpty()) {
        int claimed =
            jdbc.sql(
                    "insert into twilio_content (hash, content_sid, kind, created_at) values (?,"
                        + " null, ?, ?) on conflict do nothing")
                .params(hash, kind, Timestamp.from(now))
                .update();
        if (claimed == 1) {
          return created(hash, creation);
        }
        continue; // another node inserted it a moment ago
      }
      if (cached.get().contentSid() != null) {
        return cached.get().contentSid();
      }
      Timestamp claimedAt = cached.get().createdAt();
      if (claimedAt.toInstant().isBefore(now.minus(STALE_CLAIM))
          && jdbc.sql(
                      "update twilio_content set created_at = ? where hash = ? and content_sid is"
                          + " null and created_at = ?")
                  .params(Timestamp.from(now), hash, claimedAt)
                  .update()
              == 1) {
        return created(hash, creation);
      }
      // another node is creating it right now: wait a little (by wall time, the clock may stand)
      if (waitedMillis >= WAIT_FOR_OTHER.toMillis() || now.isAfter(deadline)) {
        return null;
      }
      try {
        Thread.sleep(100);
        waitedMillis += 100;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  record Cached(String contentSid, Timestamp createdAt) {}

  private String created(String hash, Creation creation) {
    String sid = null;
    try {
      sid = creation.create();
    } catch (ApiException e) {
      Integer status = e.getStatusCode();
      if (status != null && (status == 401 || status == 403)) {
        pausedUntil = clock.instant().plus(PAUSE_WHEN_FORBIDDEN);
        log.warn(
            "Twilio refused the Content API ({}): WhatsApp menus go as numbered text for {}; does"
                + " the credential allow Content?",
            status,
            PAUSE_WHEN_FORBIDDEN);
      } else {
        log.warn("creating a WhatsApp menu failed ({}): sent as numbered text", e.getMessage());
      }
    } catch (RuntimeException e) {
      log.warn("creating a WhatsApp menu failed: sent as numbered text", e);
    }
    if (sid == null || sid.isBlank()) {
      jdbc.sql("delete from twilio_content where hash = ? and content_sid is null")
          .param(hash)
          .update(); // the next message tries again
      return null;
    }
    jdbc.sql("update twilio_content set content_sid = ? where hash = ?").params(sid, hash).update();
    return sid;
  }

  private String create(
      String kind, String button, List<Item> items, String language, String hash) {
    Content.Types.Builder types = new Content.Types.Builder();
    if (BUTTONS.equals(kind)) {
      List<Content.QuickReplyAction> actions =
          items.stream()
              .map(
                  i ->
                      new Content.QuickReplyAction.Builder(i.title())
                          .type(Content.QuickReplyActionType.QUICK_REPLY)
                          .id(i.id())
                          .build())
              .toList();
      types.twilioQuickReply(new Content.TwilioQuickReply.Builder(BODY, actions).build());
    } else {
      List<Content.ListItem> list =
          items.stream()
              .map(
                  i -> {
                    Content.ListItem.Builder item = new Content.ListItem.Builder(i.id(), i.title());
                    if (i.description() != null) {
                      item.description(i.description());
                    }
                    return item.build();
                  })
              .toList();
      types.twilioListPicker(new Content.TwilioListPicker.Builder(BODY, button, list).build());
    }
    Content.ContentCreateRequest request =
        new Content.ContentCreateRequest.Builder(language, types.build())
            .friendlyName("lokerbot_menu_" + hash.substring(0, 16))
            .variables(Map.of("1", "Pilih / Choose"))
            .build();
    Content created = Content.creator(request).create(client);
    log.info("created WhatsApp menu {} ({}, {} choices)", created.getSid(), kind, items.size());
    return created.getSid();
  }
}
