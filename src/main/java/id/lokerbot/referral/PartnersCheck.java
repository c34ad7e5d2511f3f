package id.lokerbot.referral;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.Problems;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Validates {@code content/partners/*.yaml} at start-up and before every reload. */
@Component
class PartnersCheck implements ContentCheck {

  private final boolean allowHttp;

  PartnersCheck(ReferralProperties properties) {
    this.allowHttp = properties.allowHttp();
  }

  @Override
  public void check(Content content, Problems problems) {
    Map<String, Partner> partners = PartnerReader.read(content, problems, allowHttp);
    Map<String, String> chats = new HashMap<>();
    for (Partner p : partners.values()) {
      for (String document : p.documents()) {
        for (String language : content.messages().languages()) {
          if (!content.messages().has(language, "referral.document." + document)) {
            problems.add(
                PartnerReader.FOLDER + "/" + p.id() + ".yaml",
                "documents",
                "no message referral.document." + document + " in " + language);
          }
        }
      }
    }
    partners
        .values()
        .forEach(
            p -> {
              String chat = p.delivery().chat();
              if (chat != null && chats.putIfAbsent(chat, p.id()) != null) {
                problems.add(
                    PartnerReader.FOLDER + "/" + p.id() + ".yaml",
                    "delivery.chat",
                    "the same chat as partner '" + chats.get(chat) + "'");
              }
            });
  }
}
