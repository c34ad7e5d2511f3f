package id.lokerbot.channel.twilio;

import com.twilio.security.RequestValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature}: HMAC-SHA1 over the URL Twilio called (as configured in Twilio,
 * so our public https URL, not the http one the servlet sees behind a proxy) followed by every form
 * body parameter, sorted by name.
 */
final class TwilioSignature {

  private TwilioSignature() {}

  static boolean valid(
      String authToken, String url, Map<String, List<String>> form, String signature) {
    if (authToken == null || authToken.isBlank() || signature == null || signature.isBlank()) {
      return false;
    }
    return new RequestValidator(authToken).validate(url, flatten(form), signature);
  }

  /**
   * The validator takes one value per name and appends {@code name + value}; Twilio appends {@code
   * name + value} for every value of a repeated name, which the joined value below reproduces.
   */
  static Map<String, String> flatten(Map<String, List<String>> form) {
    Map<String, String> flat = new LinkedHashMap<>();
    form.forEach((name, values) -> flat.put(name, String.join(name, values)));
    return flat;
  }

  /** Parses an {@code application/x-www-form-urlencoded} body, keeping repeated names. */
  static Map<String, List<String>> parseForm(String body) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return form;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
