package id.lokerbot.channel.telegram;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The few things the Telegram channel says itself (outside any flow), from the message files, in
 * the language of the person's Telegram app when we have it, else the default. Also checks at every
 * content load that each language has these keys.
 */
@Component
class TelegramTexts implements ContentCheck {

  static final List<String> KEYS =
      List.of(
          "telegram.text-only",
          "telegram.private-only",
          "telegram.contact.confirm",
          "telegram.contact.yes",
          "telegram.contact.no",
          "telegram.contact.linked",
          "telegram.contact.not-linked",
          "telegram.contact.not-own",
          "telegram.contact.invalid",
          "telegram.location.regency",
          "telegram.location.outside");

  private final ContentService content;

  TelegramTexts(ContentService content) {
    this.content = content;
  }

  String text(User user, String key) {
    return text(user, key, Map.of());
  }

  String text(User user, String key, Map<String, String> vars) {
    var messages = content.current().messages();
    return messages.text(language(user), key, vars);
  }

  /** {@code en-GB} → {@code en}; unknown or missing → the default language. */
  static String language(User user) {
    String code = user == null ? null : user.getLanguageCode();
    if (code == null || code.isBlank()) {
      return null;
    }
    int dash = code.indexOf('-');
    return (dash > 0 ? code.substring(0, dash) : code).toLowerCase(Locale.ROOT);
  }

  @Override
  public void check(Content content, Problems problems) {
    ContentCheck.messagesExist(content, problems, KEYS, "the Telegram channel uses it");
  }
}
