package id.lokerbot.assessment;

import id.lokerbot.assessment.chat.ProfileCipher;
import id.lokerbot.assessment.chat.Profiles;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model behind the programme report: counts people, checks taken and programme priorities
 * from the records, split by gender, disability and regency. Functioning answers are decrypted only
 * here, only to count.
 */
@Service
public class ProgrammeReport implements ProgrammeFacts {

  /** How one person counts. */
  record Person(
      String gender, String disability, String regency, boolean assessed, boolean eligible) {}

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final JdbcClient jdbc;
  private final People people;
  private final ProfileCipher cipher;
  private final ProgrammeRules rules;
  private final Clock clock;

  ProgrammeReport(
      JdbcClient jdbc, People people, ProfileCipher cipher, ProgrammeRules rules, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.cipher = cipher;
    this.rules = rules;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ProgrammeNumbers numbers() {
    Set<String> persons = new LinkedHashSet<>();
    jdbc.sql("select distinct youth_id from profile_field")
        .query(String.class)
        .list()
        .forEach(persons::add);
    Set<String> assessedPersons = new LinkedHashSet<>();
    for (String address :
        jdbc.sql("select distinct address from assessment_result").query(String.class).list()) {
      String person = people.personOf(address).orElse("address:" + address);
      persons.add(person);
      assessedPersons.add(person);
    }
    Counts counts = new Counts();
    for (String person : persons) {
      counts.add(
          classify(
              person.startsWith("address:") ? Map.of() : fields(person),
              assessedPersons.contains(person)));
    }
    jdbc.sql("select metric, bucket, total from anonymous_tally")
        .query(
            rs -> {
              counts.addTally(rs.getString("metric"), rs.getString("bucket"), rs.getInt("total"));
            });
    return counts.numbers();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PersonFacts> of(String personId) {
    Map<String, String> fields = fields(personId);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Person p = classify(fields, false);
    String disability = p.disability();
    return Optional.of(
        new PersonFacts(
            fields.get("gender"),
            age(fields),
            fields.get("regency"),
            "unknown".equals(disability) ? null : "yes".equals(disability),
            p.eligible()));
  }

  /** Adds the person to the anonymous counts before their records go. */
  void tallyBeforeDeletion(String personId, List<String> addresses) {
    boolean assessed = false;
    for (String address : addresses) {
      assessed |=
          jdbc.sql("select count(*) from assessment_result where address = ?")
                  .param(address)
                  .query(Integer.class)
                  .single()
              > 0;
    }
    Map<String, String> fields = personId == null ? Map.of() : fields(personId);
    if (fields.isEmpty() && !assessed) {
      return; // nothing was kept, nothing to count
    }
    Person p = classify(fields, assessed);
    tally("people", "all");
    if (p.assessed()) {
      tally("assessed", "all");
    }
    if (p.eligible()) {
      tally("eligible", "all");
    }
    tally("gender", p.gender());
    tally("disability", p.disability());
    tally("regency", p.regency());
  }

  /**
   * Counts one more. The row is made first if missing ({@code on conflict do nothing}: two
   * deletions at once must not both insert it, and on PostgreSQL a failed insert would abort the
   * deletion's transaction), then incremented.
   */
  void tally(String metric, String bucket) {
    jdbc.sql(
            "insert into anonymous_tally (metric, bucket, total) values (?, ?, 0)"
                + " on conflict do nothing")
        .params(metric, bucket)
        .update();
    jdbc.sql("update anonymous_tally set total = total + 1 where metric = ? and bucket = ?")
        .params(metric, bucket)
        .update();
  }

  /** The person's profile fields, decrypted. */
  private Map<String, String> fields(String personId) {
    Map<String, String> fields = new HashMap<>();
    jdbc.sql("select field, answer from profile_field where youth_id = ?")
        .param(personId)
        .query(
            rs -> {
              String field = rs.getString("field");
              String answer = rs.getString("answer");
              fields.put(
                  field,
                  Profiles.SENSITIVE.contains(field) ? cipher.decrypt(field, answer) : answer);
            });
    return fields;
  }

  Person classify(Map<String, String> fields, boolean assessed) {
    Integer age = age(fields);
    Eligibility.Result eligibility =
        rules
            .eligibility()
            .evaluate(new Eligibility.Facts(age, fields.get("income"), fields.get("regency")));
    return new Person(
        fields.getOrDefault("gender", "unknown"),
        disability(fields),
        fields.getOrDefault("regency", "unknown"),
        assessed,
        eligibility.priority() == Eligibility.Priority.YES);
  }

  private Integer age(Map<String, String> fields) {
    String birthYear = fields.get("birthYear");
    return birthYear == null
        ? null
        : clock.instant().atZone(JAKARTA).getYear() - Integer.parseInt(birthYear);
  }

  /** Washington Group cut-off: "a lot of difficulty" or "cannot do at all" in any domain. */
  static String disability(Map<String, String> fields) {
    List<String> answers = new ArrayList<>();
    Profiles.FUNCTIONING.forEach(
        f -> {
          if (fields.get(f) != null) {
            answers.add(fields.get(f));
          }
        });
    if (answers.isEmpty()) {
      return "unknown";
    }
    return answers.contains("a-lot") || answers.contains("cannot") ? "yes" : "no";
  }

  private static final class Counts {
    int people;
    int assessed;
    int eligible;
    final Map<String, Integer> gender = new TreeMap<>();
    final Map<String, Integer> disability = new TreeMap<>();
    final Map<String, Integer> regency = new TreeMap<>();

    void add(Person p) {
      people++;
      assessed += p.assessed() ? 1 : 0;
      eligible += p.eligible() ? 1 : 0;
      gender.merge(p.gender(), 1, Integer::sum);
      disability.merge(p.disability(), 1, Integer::sum);
      regency.merge(p.regency(), 1, Integer::sum);
    }

    void addTally(String metric, String bucket, int total) {
      switch (metric) {
        case "people" -> people += total;
        case "assessed" -> assessed += total;
        case "eligible" -> eligible += total;
        case "gender" -> gender.merge(bucket, total, Integer::sum);
        case "disability" -> disability.merge(bucket, total, Integer::sum);
        case "regency" -> regency.merge(bucket, total, Integer::sum);
        default -> {}
      }
    }

    ProgrammeNumbers numbers() {
      return new ProgrammeNumbers(
          people,
          assessed,
          eligible,
          Map.copyOf(gender),
          Map.copyOf(disability),
          Map.copyOf(regency));
    }
  }
}
