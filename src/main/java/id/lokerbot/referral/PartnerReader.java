package id.lokerbot.referral;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentDocument;
import id.lokerbot.content.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code content/partners/*.yaml}, reporting every problem with its place. */
final class PartnerReader {

  static final String FOLDER = "partners";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");
  private static final Pattern SETTING = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CHAT = Pattern.compile("telegram:-?[0-9]{1,20}");

  private PartnerReader() {}

  /** The partners by id; files with problems are left out (and reported). */
  static Map<String, Partner> read(Content content, Problems problems, boolean allowHttp) {
    Map<String, Partner> partners = new LinkedHashMap<>();
    for (ContentDocument doc : content.folder(FOLDER)) {
      Partner p = partner(doc, content, problems, allowHttp);
      if (p == null) {
        continue;
      }
      if (partners.containsKey(p.id())) {
        problems.add(doc.file(), "id", "partner '" + p.id() + "' is defined twice");
        continue;
      }
      partners.put(p.id(), p);
    }
    return partners;
  }

  private static Partner partner(
      ContentDocument doc, Content content, Problems problems, boolean allowHttp) {
    String file = doc.file();
    int before = problems.list().size();
    Map<String, Object> root = doc.root();
    String id = string(root.get("id"));
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(file, "id", "needs lowercase letters, digits and dashes, like sample-retail");
    }
    String name = string(root.get("name"));
    if (name == null || name.isBlank()) {
      problems.add(file, "name", "missing");
    }
    Map<String, Object> vacancies = doc.map("vacancies");
    List<String> vacancyPartners = strings(vacancies.get("partners"));
    List<String> sectors = strings(vacancies.get("sectors"));
    if (vacancyPartners.isEmpty() && sectors.isEmpty()) {
      problems.add(file, "vacancies", "name the vacancy partners or sectors this partner takes");
    }
    for (int i = 0; i < sectors.size(); i++) {
      if (!sectors.get(i).matches("[A-U]")) {
        problems.add(file, "vacancies.sectors[" + i + "]", "a KBLI section letter A-U");
      }
    }
    Set<SharedField> requires = fields(file, "requires", root.get("requires"), problems);
    Set<SharedField> receives = fields(file, "receives", root.get("receives"), problems);
    if (!receives.contains(SharedField.CONTACT)) {
      problems.add(file, "receives", "must include contact, or the recruiter cannot reach anyone");
    }
    List<String> documents = strings(root.get("documents"));
    Partner.Delivery delivery = delivery(file, doc.map("delivery"), problems, allowHttp);
    String language = root.get("language") == null ? "id" : string(root.get("language"));
    if (!content.messages().languages().contains(language)) {
      problems.add(file, "language", "unknown language '" + language + "'");
    }
    Map<String, Object> key = doc.map("apiKey");
    String sha = string(key.get("sha256"));
    String env = string(key.get("env"));
    if (sha != null && !HEX64.matcher(sha).matches()) {
      problems.add(file, "apiKey.sha256", "64 lowercase hex characters (sha256 of the key)");
    }
    if (env != null && !SETTING.matcher(env).matches()) {
      problems.add(file, "apiKey.env", "a setting or environment variable name");
    }
    if (sha == null && env == null) {
      problems.add(file, "apiKey", "needs sha256 (hash of the key) or env (where the key is)");
    }
    if (problems.list().size() > before) {
      return null;
    }
    return new Partner(
        id,
        name,
        Boolean.TRUE.equals(root.get("sample")),
        vacancyPartners,
        sectors,
        requires,
        documents,
        receives,
        delivery,
        string(root.get("contact")),
        language,
        sha,
        env);
  }

  private static Partner.Delivery delivery(
      String file, Map<String, Object> raw, Problems problems, boolean allowHttp) {
    String method = string(raw.get("method"));
    if (Partner.Delivery.WEBHOOK.equals(method)) {
      String url = string(raw.get("url"));
      String secretEnv = string(raw.get("secretEnv"));
      String literal = url == null ? "" : url.replaceAll("^\\$\\{[^:}]+:?", "");
      if (url == null
          || !(literal.startsWith("https://") || allowHttp && literal.startsWith("http"))) {
        problems.add(file, "delivery.url", "an https:// endpoint (or ${SETTING:https://...})");
      }
      if (secretEnv == null || !SETTING.matcher(secretEnv).matches()) {
        problems.add(file, "delivery.secretEnv", "the environment variable holding the secret");
      }
      return new Partner.Delivery(method, url, secretEnv, null);
    }
    if (Partner.Delivery.TELEGRAM_CHAT.equals(method)) {
      String chat = string(raw.get("chat"));
      if (chat == null || !CHAT.matcher(chat).matches()) {
        problems.add(file, "delivery.chat", "the recruiter's chat, like telegram:123456789");
      }
      return new Partner.Delivery(method, null, null, chat);
    }
    problems.add(file, "delivery.method", "webhook or telegram-chat");
    return null;
  }

  private static Set<SharedField> fields(String file, String path, Object raw, Problems problems) {
    Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
    List<String> names = strings(raw);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      SharedField.of(n)
          .ifPresentOrElse(
              fields::add,
              () ->
                  problems.add(
                      file,
                      path + "[" + fields.size() + "]",
                      "unknown field '"
                          + n
                          + "'; one of name, age, regency, education, contact, readiness,"
                          + " accommodations"));
    }
    return fields;
  }

  private static String string(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
