package id.lokerbot.channel.telegram;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.AddressesLinked;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.Messenger;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.platform.Unavailability;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Handles one Telegram update, from the webhook or the poller alike: dedupe on {@code update_id},
 * then text and buttons go to the conversation, and the rest is answered here (a shared contact, a
 * location, media we cannot read) or ignored (edited messages, channel posts, groups). Never
 * throws: a failure is logged (without message bodies) so that Telegram does not redeliver it
 * forever.
 */
final class TelegramUpdates {

  private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

  static final String CHANNEL = "telegram";

  /** Callback data of our own buttons, handled here rather than by the conversation. */
  static final String PHONE_YES = "tg:phone:yes";

  static final String PHONE_NO = "tg:phone:no";

  private final InboundDedupe dedupe;
  private final InboundHandler conversation;
  private final Messenger messenger;
  private final TelegramClient client;
  private final TelegramTexts texts;
  private final StartSources startSources;
  private final PendingContacts pendingContacts;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TelegramUpdates(
      InboundDedupe dedupe,
      InboundHandler conversation,
      Messenger messenger,
      TelegramClient client,
      TelegramTexts texts,
      StartSources startSources,
      PendingContacts pendingContacts,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    this.dedupe = dedupe;
    this.conversation = conversation;
    this.messenger = messenger;
    this.client = client;
    this.texts = texts;
    this.startSources = startSources;
    this.pendingContacts = pendingContacts;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
  }

  /** Handles an update once; a repeat of an {@code update_id} seen before does nothing. */
  void accept(Update update) {
    if (update == null || update.getUpdateId() == null) {
      log.debug("telegram update without update_id ignored");
      return;
    }
    // Only a claim, never "greater than the last one": ids restart at random after a quiet week.
    String id = Integer.toString(update.getUpdateId());
    if (!dedupe.firstTime(CHANNEL, id)) {
      log.debug("telegram update {} already handled", id);
      return;
    }
    Sent sent = new Sent();
    try {
      if (update.hasCallbackQuery()) {
        callback(update.getCallbackQuery(), id, sent);
      } else if (update.hasMessage()) {
        message(update.getMessage(), id, sent);
      } else {
        // edited messages, channel posts, member changes, reactions, …: nothing to answer
        log.debug("telegram update {} of another kind ignored", id);
      }
      dedupe.done(CHANNEL, id);
    } catch (RuntimeException e) {
      if (sent.any) {
        dedupe.done(CHANNEL, id); // something went out: a redelivery must not repeat it
      } else {
        dedupe.release(CHANNEL, id); // nothing went out: a redelivery may try again
        if (Unavailability.isTemporary(e)) {
          throw e; // 503: Telegram delivers the update again once the store is back
        }
      }
      log.warn("telegram update {} failed ({})", id, e.getClass().getName(), e);
    }
  }

  /** Whether anything was handed to the sender for the update being handled. */
  private static final class Sent {
    boolean any;
  }

  private void message(Message message, String id, Sent sent) {
    User from = message.getFrom();
    Chat chat = message.getChat();
    if (from == null || chat == null || Boolean.TRUE.equals(from.getIsBot())) {
      return;
    }
    String address = CHANNEL + ":" + chat.getId();
    if (!"private".equals(chat.getType())) {
      // Groups: say once, when someone calls a command, that we talk in private; else silence.
      if (message.hasText() && message.getText().startsWith("/")) {
        reply(sent, new OutboundMessage(address, texts.text(from, "telegram.private-only")));
      }
      return;
    }
    if (message.hasText()) {
      converse(address, command(message.getText(), chat.getId()), null, id, sent);
    } else if (message.hasContact()) {
      contact(message.getContact(), from, chat.getId(), address, sent);
    } else if (message.getLocation() != null) {
      location(message.getLocation(), from, address, id, sent);
    } else {
      // stickers, photos, voice, video, documents, polls, …
      reply(sent, new OutboundMessage(address, texts.text(from, "telegram.text-only")));
    }
  }

  /**
   * Bot commands become the words the conversation knows: {@code /menu} → {@code menu}; {@code
   * /start src-alfamart} → {@code start}, recording the source on first contact.
   */
  private String command(String text, long chatId) {
    if (!text.startsWith("/")) {
      return text;
    }
    String[] parts = text.strip().split("\\s+", 2);
    String name = parts[0].substring(1);
    int at = name.indexOf('@'); // /start@lokerbot_bot
    if (at >= 0) {
      name = name.substring(0, at);
    }
    String argument = parts.length > 1 ? parts[1].strip() : "";
    if (name.equalsIgnoreCase("start")) {
      if (!argument.isEmpty() && startSources.record(chatId, argument)) {
        log.info("telegram chat {} came from {}", Addresses.masked("telegram:" + chatId), argument);
      }
      return "start";
    }
    return argument.isEmpty() ? name : name + " " + argument;
  }

  private void callback(CallbackQuery query, String id, Sent sent) {
    answer(query);
    User from = query.getFrom();
    MaybeInaccessibleMessage message = query.getMessage();
    if (from == null || query.getData() == null) {
      return; // a game button, or a button on an inline-mode message: not ours
    }
    Chat chat = message == null ? null : message.getChat();
    if (chat != null && !"private".equals(chat.getType())) {
      return;
    }
    long chatId = chat != null ? chat.getId() : from.getId();
    String address = CHANNEL + ":" + chatId;
    String data = query.getData();
    if (data.equals(PHONE_YES) || data.equals(PHONE_NO)) {
      confirmPhone(data.equals(PHONE_YES), from, chatId, address, sent);
    } else {
      converse(address, "", data, id, sent);
    }
  }

  /** Always answered, or the person's app shows a spinner on the button. Does not wait. */
  private void answer(CallbackQuery query) {
    try {
      client
          .executeAsync(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build())
          .whenComplete(
              (ok, e) -> {
                if (e != null) {
                  log.info("answerCallbackQuery failed ({})", e.getClass().getSimpleName());
                }
              });
    } catch (Exception e) {
      log.info("answerCallbackQuery failed ({})", e.getClass().getSimpleName());
    }
  }

  private void contact(Contact contact, User from, long chatId, String address, Sent sent) {
    if (contact.getUserId() == null || !contact.getUserId().equals(from.getId())) {
      reply(sent, new OutboundMessage(address, texts.text(from, "telegram.contact.not-own")));
      return;
    }
    String phone = PhoneNumbers.e164(contact.getPhoneNumber());
    if (phone == null) {
      reply(sent, new OutboundMessage(address, texts.text(from, "telegram.contact.invalid")));
      return;
    }
    pendingContacts.put(chatId, phone);
    reply(
        sent,
        new OutboundMessage(
            address,
            texts.text(from, "telegram.contact.confirm", Map.of("phone", phone)),
            List.of(
                new Choice(PHONE_YES, texts.text(from, "telegram.contact.yes")),
                new Choice(PHONE_NO, texts.text(from, "telegram.contact.no")))));
  }

  private void confirmPhone(boolean yes, User from, long chatId, String address, Sent sent) {
    Optional<String> phone = pendingContacts.take(chatId);
    if (phone.isEmpty()) {
      return; // an old button pressed again
    }
    if (!yes) {
      reply(sent, new OutboundMessage(address, texts.text(from, "telegram.contact.not-linked")));
      return;
    }
    AddressesLinked linked =
        new AddressesLinked(
            address, List.of("whatsapp:" + phone.get(), "sms:" + phone.get()), clock.instant());
    transaction.executeWithoutResult(t -> events.publishEvent(linked));
    log.info("telegram chat {} linked a phone number", Addresses.masked(address));
    reply(sent, new OutboundMessage(address, texts.text(from, "telegram.contact.linked")));
  }

  /**
   * Names the nearest regency, then hands its name to the conversation: a question about where the
   * person lives takes it as the answer.
   */
  private void location(Location location, User from, String address, String id, Sent sent) {
    if (location.getLatitude() == null || location.getLongitude() == null) {
      return;
    }
    var nearest = CentralJavaRegencies.nearest(location.getLatitude(), location.getLongitude());
    if (nearest.isEmpty()) {
      reply(sent, new OutboundMessage(address, texts.text(from, "telegram.location.outside")));
      return;
    }
    String regency = nearest.get().regency().name();
    List<OutboundMessage> replies = new ArrayList<>();
    replies.add(
        new OutboundMessage(
            address, texts.text(from, "telegram.location.regency", Map.of("regency", regency))));
    replies.addAll(conversation.handle(inbound(address, regency, null, id)));
    reply(sent, replies.toArray(OutboundMessage[]::new));
  }

  private void converse(String address, String text, String choice, String id, Sent sent) {
    List<OutboundMessage> replies = conversation.handle(inbound(address, text, choice, id));
    reply(sent, replies.toArray(OutboundMessage[]::new));
  }

  private InboundMessage inbound(String address, String text, String choice, String id) {
    return new InboundMessage(address, text, choice, id, clock.instant());
  }

  private void reply(Sent sent, OutboundMessage... replies) {
    if (replies.length == 0) {
      return;
    }
    sent.any = true;
    messenger.reply(List.of(replies));
  }
}
