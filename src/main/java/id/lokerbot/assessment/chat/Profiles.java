package id.lokerbot.assessment.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * The person's own profile, for their chat: which fields there are, sealing the sensitive ones
 * before they leave the turn, and reading back everything we hold (decrypted) for PROFIL.
 */
@Service
public class Profiles {

  /** Every profile field, in the order PROFIL shows them. */
  public static final List<String> FIELDS =
      List.of(
          "nickname",
          "birthYear",
          "gender",
          "regency",
          "education",
          "work",
          "income",
          "seeing",
          "hearing",
          "walking",
          "remembering",
          "self-care",
          "communicating");

  /** The six Washington Group short-set domains. */
  public static final List<String> FUNCTIONING =
      List.of("seeing", "hearing", "walking", "remembering", "self-care", "communicating");

  /** Encrypted at rest: income and the functioning answers. */
  public static final Set<String> SENSITIVE =
      Set.of("income", "seeing", "hearing", "walking", "remembering", "self-care", "communicating");

  /** Reads stored profile fields of a person, by any of their addresses. */
  public interface Store {
    /** Stored values by field (sensitive ones still sealed); empty when nothing is kept. */
    Map<String, String> fields(String address);
  }

  private final ProfileCipher cipher;
  private final Store store;

  Profiles(ProfileCipher cipher, Store store) {
    this.cipher = cipher;
    this.store = store;
  }

  public String seal(String field, String value) {
    return SENSITIVE.contains(field) ? cipher.encrypt(field, value) : value;
  }

  public String open(String field, String stored) {
    return SENSITIVE.contains(field) ? cipher.decrypt(field, stored) : stored;
  }

  /** Everything we keep about the person, decrypted, in {@link #FIELDS} order. */
  public Map<String, String> view(String address) {
    Map<String, String> stored = store.fields(address);
    Map<String, String> view = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = stored.get(field);
      if (value != null) {
        view.put(field, open(field, value));
      }
    }
    return view;
  }

  @Configuration(proxyBeanMethods = false)
  static class CipherConfig {
    @Bean
    ProfileCipher profileCipher(ProfileProperties properties) {
      return ProfileCipher.from(properties);
    }
  }
}
