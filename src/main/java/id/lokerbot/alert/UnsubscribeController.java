package id.lokerbot.alert;

import id.lokerbot.content.ContentService;
import id.lokerbot.content.Messages;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link in every SMS alert: {@code GET /u/{token}} shows a tiny page asking to
 * confirm (a link preview or a careless tap must not unsubscribe anyone), {@code POST} does it. No
 * login: the signed token is the permission. A wrong token gets a kind page and 403.
 */
@RestController
class UnsubscribeController {

  private final UnsubscribeLinks links;
  private final AlertService alerts;
  private final ContentService content;

  UnsubscribeController(UnsubscribeLinks links, AlertService alerts, ContentService content) {
    this.links = links;
    this.alerts = alerts;
    this.content = content;
  }

  @GetMapping(path = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> ask(@PathVariable String token) {
    OptionalLong id = links.verify(token);
    var subscription =
        id.isPresent() ? alerts.find(id.getAsLong()) : java.util.Optional.<Subscription>empty();
    if (subscription.isEmpty()) {
      return invalid();
    }
    Subscription s = subscription.get();
    Messages m = content.current().messages();
    String lang = m.supported(s.language());
    String body =
        "<p>"
            + esc(m.text(lang, "alert.unsubscribe.ask", Map.of("address", shown(s.deliverTo()))))
            + "</p><form method=\"post\" action=\"/u/"
            + esc(token)
            + "\"><button type=\"submit\">"
            + esc(m.text(lang, "alert.unsubscribe.button"))
            + "</button></form>";
    return page(HttpStatus.OK, lang, m, body);
  }

  @PostMapping(path = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> unsubscribe(@PathVariable String token) {
    OptionalLong id = links.verify(token);
    if (id.isEmpty()) {
      return invalid();
    }
    var language = alerts.find(id.getAsLong()).map(Subscription::language);
    var address = alerts.unsubscribe(id.getAsLong());
    if (address.isEmpty()) {
      return invalid();
    }
    Messages m = content.current().messages();
    String lang = m.supported(language.orElse(null));
    return page(
        HttpStatus.OK,
        lang,
        m,
        "<p>"
            + esc(m.text(lang, "alert.unsubscribe.done", Map.of("address", shown(address.get()))))
            + "</p>");
  }

  private ResponseEntity<String> invalid() {
    Messages m = content.current().messages();
    String lang = m.defaultLanguage();
    return page(
        HttpStatus.FORBIDDEN,
        lang,
        m,
        "<p>" + esc(m.text(lang, "alert.unsubscribe.invalid")) + "</p>");
  }

  private static ResponseEntity<String> page(
      HttpStatus status, String lang, Messages m, String body) {
    String html =
        "<!doctype html><html lang=\""
            + esc(lang)
            + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width, initial-scale=1\"><title>"
            + esc(m.text(lang, "alert.unsubscribe.title"))
            + "</title><style>body{font-family:sans-serif;max-width:28em;margin:2em auto;"
            + "padding:0 1em;font-size:1.1em;line-height:1.5}button{font-size:1.1em;"
            + "padding:.6em 1.2em}</style></head><body><h1>"
            + esc(m.text(lang, "alert.unsubscribe.title"))
            + "</h1>"
            + body
            + "</body></html>";
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .header("X-Robots-Tag", "noindex")
        .body(html);
  }

  /** The address as the page shows it: the channel and the last digits only. */
  private static String shown(String address) {
    int colon = address.indexOf(':');
    String id = colon < 0 ? address : address.substring(colon + 1);
    return id.length() <= 4 ? id : "…" + id.substring(id.length() - 4);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
