package id.lokerbot.channel.telegram;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a message into Telegram {@code sendMessage} calls: plain text (no parse mode, so nothing
 * needs escaping and nothing relies on emoji), split below Telegram's 4096 UTF-16 units at
 * paragraph boundaries, choices as inline buttons under the last part, one per row. telegrambots
 * checks neither limit, so they are enforced here.
 */
final class TelegramRendering {

  /** Telegram's limit on message text, in UTF-16 units ({@link String#length()}). */
  static final int MAX_TEXT = 4096;

  /** Telegram's limit on {@code callback_data}, in UTF-8 bytes. */
  static final int MAX_CALLBACK_BYTES = 64;

  /** Longer labels are cut: buttons show one short line. */
  static final int MAX_LABEL = 60;

  private TelegramRendering() {}

  static List<SendMessage> render(OutboundMessage message, long chatId) {
    boolean buttons =
        !message.choices().isEmpty() && message.choices().stream().allMatch(c -> fits(c.id()));
    // Choices whose ids cannot be callback data are still offered, as numbered lines.
    String text =
        buttons || message.choices().isEmpty() ? message.text() : PlainText.render(message);
    List<String> parts = split(text == null ? "" : text, MAX_TEXT);
    if (parts.isEmpty()) {
      if (!buttons) {
        return List.of();
      }
      parts = List.of("-");
    }
    List<SendMessage> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      var builder = SendMessage.builder().chatId(chatId).text(parts.get(i));
      if (buttons && i == parts.size() - 1) {
        builder.replyMarkup(keyboard(message.choices()));
      }
      out.add(builder.build());
    }
    return out;
  }

  static InlineKeyboardMarkup keyboard(List<Choice> choices) {
    List<InlineKeyboardRow> rows = new ArrayList<>(choices.size());
    for (Choice choice : choices) {
      rows.add(
          new InlineKeyboardRow(
              InlineKeyboardButton.builder()
                  .text(label(choice.label()))
                  .callbackData(choice.id())
                  .build()));
    }
    return new InlineKeyboardMarkup(rows);
  }

  static boolean fits(String callbackData) {
    return callbackData != null
        && !callbackData.isEmpty()
        && callbackData.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES;
  }

  static String label(String label) {
    String l = label == null || label.isBlank() ? "?" : label.strip();
    if (l.length() <= MAX_LABEL) {
      return l;
    }
    int cut = MAX_LABEL - 3;
    if (Character.isHighSurrogate(l.charAt(cut - 1))) {
      cut--;
    }
    return l.substring(0, cut).stripTrailing() + "...";
  }

  /**
   * Splits text into parts of at most {@code max} UTF-16 units: at the last paragraph break that
   * fits, else the last line break, else the last space, else hard (never inside a surrogate pair).
   */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = breakBefore(rest, max);
      String part = rest.substring(0, cut).stripTrailing();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int breakBefore(String text, int max) {
    for (String separator : new String[] {"\n\n", "\n", " "}) {
      int at = text.lastIndexOf(separator, max - 1);
      if (at > 0) {
        return at;
      }
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }
}
