package id.lokerbot.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a vacancy or training from loose input (JSON object, CSV row, sample YAML) and reports
 * every bad field at once, never only the first. Regency and education accept names as well as
 * codes ("Demak" or "33.21", "SMK" or "sma").
 */
final class RecordParser {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  static final Set<String> DISABILITY_FLAGS =
      Set.of("deaf", "blind", "wheelchair", "physical", "intellectual", "psychosocial");
  static final Set<String> EMPLOYMENT_TYPES =
      Set.of("fulltime", "parttime", "contract", "internship", "daily", "freelance");
  static final Set<String> APPLY_VIA = Set.of("lokerbot", "direct");
  static final Set<String> STATUSES = Set.of("open", "closed");

  static final List<String> VACANCY_FIELDS =
      List.of(
          "id",
          "partner",
          "title",
          "description",
          "sector",
          "occupation",
          "regency",
          "address",
          "minAge",
          "maxAge",
          "minEducation",
          "genderNeutral",
          "disabilityFlags",
          "accommodations",
          "salaryMin",
          "salaryMax",
          "employmentType",
          "openings",
          "applyVia",
          "applyHow",
          "postedOn",
          "closesOn",
          "status");
  static final List<String> TRAINING_FIELDS =
      List.of(
          "id",
          "provider",
          "title",
          "description",
          "sector",
          "regency",
          "address",
          "startsOn",
          "durationDays",
          "free",
          "cost",
          "seats",
          "eligibility",
          "minAge",
          "maxAge",
          "minEducation",
          "leadsTo",
          "disabilityFlags",
          "accommodations",
          "postedOn",
          "closesOn",
          "status");

  /** A parsed record, or the reasons it was refused (record null then). */
  record Parsed<T>(T record, List<FieldError> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  private final Taxonomy taxonomy;
  private final LocalDate today;
  private final Instant now;

  RecordParser(Taxonomy taxonomy, LocalDate today, Instant now) {
    this.taxonomy = taxonomy;
    this.today = today;
    this.now = now;
  }

  Parsed<Vacancy> vacancy(Map<String, ?> in) {
    Fields f = new Fields(in, VACANCY_FIELDS);
    String id = f.id();
    String partner = f.text("partner", 2, 200, true);
    String title = f.text("title", 3, 120, true);
    String description = f.text("description", 10, 4000, true);
    String sector = f.sector();
    String occupation = f.text("occupation", 4, 4, false);
    if (occupation != null && !occupation.matches("\\d{4}")) {
      f.error("occupation", "must be a 4-digit KBJI/ISCO code, like 5223");
    }
    String regency = f.regency();
    String address = f.text("address", 0, 300, false);
    Integer minAge = f.integer("minAge", 14, 70, false);
    Integer maxAge = f.integer("maxAge", 14, 70, false);
    if (minAge != null && maxAge != null && minAge > maxAge) {
      f.error("maxAge", "must not be below minAge");
    }
    String education = f.education();
    Boolean genderNeutral = f.bool("genderNeutral", true);
    List<String> flags = f.flags();
    String accommodations = f.text("accommodations", 0, 1000, false);
    Long salaryMin = f.money("salaryMin");
    Long salaryMax = f.money("salaryMax");
    if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
      f.error("salaryMax", "must not be below salaryMin");
    }
    String type = f.oneOf("employmentType", EMPLOYMENT_TYPES, null);
    Integer openings = f.integer("openings", 1, 100_000, false);
    String via = f.oneOf("applyVia", APPLY_VIA, "lokerbot");
    String how = f.text("applyHow", 0, 1000, false);
    if ("direct".equals(via) && (how == null || how.isBlank())) {
      f.error("applyHow", "is required when applyVia is direct: say how to apply");
    }
    LocalDate posted = f.date("postedOn", today);
    LocalDate closes = f.date("closesOn", null);
    if (posted != null && closes != null && closes.isBefore(posted)) {
      f.error("closesOn", "must not be before postedOn");
    }
    String status = f.oneOf("status", STATUSES, "open");
    if (!f.errors.isEmpty()) {
      return new Parsed<>(null, f.errors);
    }
    return new Parsed<>(
        new Vacancy(
            id,
            partner,
            title,
            description,
            sector,
            occupation,
            regency,
            address,
            minAge,
            maxAge,
            education,
            genderNeutral,
            flags,
            accommodations,
            salaryMin,
            salaryMax,
            type,
            openings == null ? 1 : openings,
            via,
            how,
            posted,
            closes,
            status,
            now),
        List.of());
  }

  Parsed<Training> training(Map<String, ?> in) {
    Fields f = new Fields(in, TRAINING_FIELDS);
    String id = f.id();
    String provider = f.text("provider", 2, 200, true);
    String title = f.text("title", 3, 120, true);
    String description = f.text("description", 10, 4000, true);
    String sector = f.sector();
    String regency = f.regency();
    String address = f.text("address", 0, 300, false);
    LocalDate starts = f.date("startsOn", null);
    if (starts == null && !f.has("startsOn")) {
      f.error("startsOn", "is required (YYYY-MM-DD)");
    }
    Integer days = f.integer("durationDays", 1, 730, true);
    Boolean free = f.bool("free", null);
    if (free == null && !f.has("free")) {
      f.error("free", "is required: true or false");
    }
    Long cost = f.money("cost");
    if (Boolean.FALSE.equals(free) && cost == null) {
      f.error("cost", "is required when free is false");
    }
    Integer seats = f.integer("seats", 1, 10_000, true);
    String eligibility = f.text("eligibility", 0, 1000, false);
    Integer minAge = f.integer("minAge", 14, 70, false);
    Integer maxAge = f.integer("maxAge", 14, 70, false);
    if (minAge != null && maxAge != null && minAge > maxAge) {
      f.error("maxAge", "must not be below minAge");
    }
    String education = f.education();
    String leadsTo = f.text("leadsTo", 0, 1000, false);
    List<String> flags = f.flags();
    String accommodations = f.text("accommodations", 0, 1000, false);
    LocalDate posted = f.date("postedOn", today);
    LocalDate closes = f.date("closesOn", null);
    if (starts != null && closes != null && closes.isAfter(starts)) {
      f.error("closesOn", "registration must close on or before startsOn");
    }
    String status = f.oneOf("status", STATUSES, "open");
    if (!f.errors.isEmpty()) {
      return new Parsed<>(null, f.errors);
    }
    return new Parsed<>(
        new Training(
            id,
            provider,
            title,
            description,
            sector,
            regency,
            address,
            starts,
            days,
            Boolean.TRUE.equals(free),
            Boolean.TRUE.equals(free) ? null : cost,
            seats,
            eligibility,
            minAge,
            maxAge,
            education,
            leadsTo,
            flags,
            accommodations,
            posted,
            closes == null ? starts : closes,
            status,
            now),
        List.of());
  }

  /** Reads fields one by one, collecting every error. */
  private final class Fields {
    private final Map<String, ?> in;
    final List<FieldError> errors = new ArrayList<>();

    Fields(Map<String, ?> in, List<String> known) {
      this.in = in;
      for (String key : in.keySet()) {
        if (!known.contains(key)) {
          errors.add(new FieldError(key, "unknown field; known fields: " + known));
        }
      }
    }

    void error(String field, String message) {
      errors.add(new FieldError(field, message));
    }

    boolean has(String field) {
      Object v = in.get(field);
      return v != null && !(v instanceof String s && s.isBlank());
    }

    private String raw(String field) {
      Object v = in.get(field);
      if (v == null) {
        return null;
      }
      String s = String.valueOf(v).strip();
      return s.isEmpty() ? null : s;
    }

    String id() {
      String id = raw("id");
      if (id == null) {
        error("id", "is required");
      } else if (!ID.matcher(id).matches()) {
        error("id", "must be 1-64 letters, digits, dots, dashes or underscores");
      }
      return id;
    }

    String text(String field, int min, int max, boolean required) {
      Object v = in.get(field);
      if (v != null && !(v instanceof String) && !(v instanceof Number)) {
        error(field, "must be text");
        return null;
      }
      String s = raw(field);
      if (s == null) {
        if (required) {
          error(field, "is required");
        }
        return null;
      }
      if (s.length() < min || s.length() > max) {
        error(field, "must be " + min + "-" + max + " characters long (is " + s.length() + ")");
      }
      return s;
    }

    Integer integer(String field, int min, int max, boolean required) {
      String s = raw(field);
      if (s == null) {
        if (required) {
          error(field, "is required");
        }
        return null;
      }
      try {
        int n = Integer.parseInt(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
        if (n < min || n > max) {
          error(field, "must be between " + min + " and " + max);
        }
        return n;
      } catch (NumberFormatException e) {
        error(field, "must be a whole number");
        return null;
      }
    }

    Long money(String field) {
      String s = raw(field);
      if (s == null) {
        return null;
      }
      try {
        long n = Long.parseLong(s.replace(".", "").replace("_", ""));
        if (n < 0 || n > 1_000_000_000L) {
          error(field, "must be between 0 and 1000000000 rupiah");
        }
        return n;
      } catch (NumberFormatException e) {
        error(field, "must be a whole number of rupiah, like 2500000");
        return null;
      }
    }

    Boolean bool(String field, Boolean fallback) {
      Object v = in.get(field);
      if (v instanceof Boolean b) {
        return b;
      }
      String s = raw(field);
      if (s == null) {
        return fallback;
      }
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "ya", "1", "y" -> true;
        case "false", "no", "tidak", "0", "n" -> false;
        default -> {
          error(field, "must be true or false");
          yield fallback;
        }
      };
    }

    String oneOf(String field, Set<String> allowed, String fallback) {
      String s = raw(field);
      if (s == null) {
        if (fallback == null) {
          error(field, "is required, one of " + new java.util.TreeSet<>(allowed));
        }
        return fallback;
      }
      String v = s.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
      if (!allowed.contains(v)) {
        error(field, "must be one of " + new java.util.TreeSet<>(allowed));
      }
      return v;
    }

    LocalDate date(String field, LocalDate fallback) {
      String s = raw(field);
      if (s == null) {
        return fallback;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        error(field, "must be a date as YYYY-MM-DD");
        return null;
      }
    }

    String sector() {
      String s = raw("sector");
      if (s == null) {
        error("sector", "is required: a KBLI section letter A-U");
        return null;
      }
      String code = s.toUpperCase(Locale.ROOT);
      if (!taxonomy.sectors.containsKey(code)) {
        error("sector", "unknown KBLI section '" + s + "'; use a letter A-U");
      }
      return code;
    }

    String regency() {
      String s = raw("regency");
      if (s == null) {
        error("regency", "is required: a Kemendagri code like 33.21 or a name like Demak");
        return null;
      }
      var r = taxonomy.regencyByAnyName(s);
      if (r.isEmpty()) {
        error("regency", "unknown regency '" + s + "' (Central Java codes 33.01-33.76)");
        return null;
      }
      return r.get().code();
    }

    String education() {
      String s = raw("minEducation");
      if (s == null) {
        return "none";
      }
      var l = taxonomy.level(s);
      if (l.isEmpty()) {
        error("minEducation", "unknown level '" + s + "'; use one of " + taxonomy.levels.keySet());
        return null;
      }
      return l.get().code();
    }

    List<String> flags() {
      Object v = in.get("disabilityFlags");
      List<String> raw = new ArrayList<>();
      if (v instanceof List<?> l) {
        l.forEach(x -> raw.add(String.valueOf(x)));
      } else if (v != null) {
        for (String s : String.valueOf(v).split("[;,|]")) {
          raw.add(s);
        }
      }
      Set<String> out = new LinkedHashSet<>();
      for (String s : raw) {
        String flag = s.strip().toLowerCase(Locale.ROOT);
        if (flag.isEmpty()) {
          continue;
        }
        if (!DISABILITY_FLAGS.contains(flag)) {
          error(
              "disabilityFlags",
              "unknown '" + s + "'; use " + new java.util.TreeSet<>(DISABILITY_FLAGS));
        } else {
          out.add(flag);
        }
      }
      return List.copyOf(out);
    }
  }
}
