package id.lokerbot.assessment;

import java.util.Map;

/**
 * The programme report's numbers from the records: people with a profile, how many took a check,
 * how many are programme priorities, split by gender, disability and regency. Counts of people who
 * deleted their data are included without anything that identifies them.
 *
 * @param people people who consented and hold a profile or a result
 * @param assessed people with at least one stored check result
 * @param eligible programme priorities (every eligibility rule met)
 * @param byGender {@code female}, {@code male}, {@code unknown}
 * @param byDisability Washington Group cut-off: {@code yes} (a lot of difficulty or cannot do in at
 *     least one domain), {@code no}, {@code unknown} (no functioning answers)
 * @param byRegency Kemendagri code, or {@code unknown}
 */
public record ProgrammeNumbers(
    int people,
    int assessed,
    int eligible,
    Map<String, Integer> byGender,
    Map<String, Integer> byDisability,
    Map<String, Integer> byRegency) {}
