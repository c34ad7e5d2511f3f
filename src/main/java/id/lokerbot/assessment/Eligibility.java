package id.lokerbot.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Programme eligibility rules from {@code content/programme/eligibility.yaml}. A person who meets
 * every rule is a programme priority; that only marks them for the programme's support and reports,
 * everyone still gets all job information. Plain Java.
 *
 * @param incomeBelow income band codes that count as below the programme's income limit
 * @param regencies Kemendagri codes of the programme regencies
 */
public record Eligibility(
    String programme, int ageFrom, int ageTo, Set<String> incomeBelow, Set<String> regencies) {

  /** Whether a person is a priority: yes, no, or unknown while a rule lacks an answer. */
  public enum Priority {
    YES,
    NO,
    UNKNOWN
  }

  /**
   * What we know of a person; null where they skipped the question.
   *
   * @param age in years, from their age or birth year
   * @param incomeBand a band code ({@code none}, {@code under-840k}, …)
   * @param regency a Kemendagri code ({@code 33.22})
   */
  public record Facts(Integer age, String incomeBand, String regency) {}

  /** The verdict and, per rule ({@code age}, {@code income}, {@code regency}), yes/no/unknown. */
  public record Result(Priority priority, Map<String, Priority> rules) {}

  public Result evaluate(Facts facts) {
    Priority age =
        facts.age() == null
            ? Priority.UNKNOWN
            : facts.age() >= ageFrom && facts.age() <= ageTo ? Priority.YES : Priority.NO;
    Priority income =
        facts.incomeBand() == null
            ? Priority.UNKNOWN
            : incomeBelow.contains(facts.incomeBand()) ? Priority.YES : Priority.NO;
    Priority regency =
        facts.regency() == null
            ? Priority.UNKNOWN
            : regencies.contains(facts.regency()) ? Priority.YES : Priority.NO;
    List<Priority> all = List.of(age, income, regency);
    Priority overall =
        all.contains(Priority.NO)
            ? Priority.NO
            : all.contains(Priority.UNKNOWN) ? Priority.UNKNOWN : Priority.YES;
    return new Result(overall, Map.of("age", age, "income", income, "regency", regency));
  }
}
