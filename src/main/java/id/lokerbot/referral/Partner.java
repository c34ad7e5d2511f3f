package id.lokerbot.referral;

import java.util.List;
import java.util.Set;

/**
 * A recruiter that receives referrals, read from {@code content/partners/<id>.yaml}.
 *
 * @param id stable id, also in consent purposes ({@code referral:<id>})
 * @param name shown to the person before they agree to share
 * @param sample true for invented sample partners
 * @param vacancyPartners vacancy {@code partner} names (as in the catalogue) this partner recruits
 *     for
 * @param sectors KBLI section letters this partner recruits for, when not named above
 * @param requires what a candidate must have before a referral: fields of {@link SharedField}
 * @param documents documents the candidate must have ({@code ktp}, {@code ijazah}, …)
 * @param receives what the partner receives; the person sees exactly this list before agreeing
 * @param delivery how referrals reach the partner
 * @param contact who programme staff talk to (not shown to young people)
 * @param language the language of messages to the recruiter's chat
 * @param apiKeySha256 hex SHA-256 of the partner's API key, or null
 * @param apiKeyEnv name of the setting/environment variable holding the API key, or null
 */
public record Partner(
    String id,
    String name,
    boolean sample,
    List<String> vacancyPartners,
    List<String> sectors,
    Set<SharedField> requires,
    List<String> documents,
    Set<SharedField> receives,
    Delivery delivery,
    String contact,
    String language,
    String apiKeySha256,
    String apiKeyEnv) {

  /** The consent purpose for sharing with this partner, in the consent ledger. */
  public String consentPurpose() {
    return "referral:" + id;
  }

  /** Whether this partner recruits for a vacancy of that employer name and sector. */
  public boolean recruitsFor(String vacancyPartner, String sector) {
    if (vacancyPartner != null
        && vacancyPartners.stream().anyMatch(p -> p.equalsIgnoreCase(vacancyPartner.strip()))) {
      return true;
    }
    return sector != null && sectors.contains(sector);
  }

  /**
   * How referrals reach a partner.
   *
   * @param method {@code webhook} or {@code telegram-chat}
   * @param url webhook endpoint (HTTPS); may name a setting as {@code ${NAME:default}}
   * @param secretEnv name of the setting/environment variable holding the HMAC secret
   * @param chat the recruiter's chat address ({@code telegram:123456789})
   */
  public record Delivery(String method, String url, String secretEnv, String chat) {

    public static final String WEBHOOK = "webhook";
    public static final String TELEGRAM_CHAT = "telegram-chat";

    public boolean webhook() {
      return WEBHOOK.equals(method);
    }
  }
}
