package id.lokerbot.assessment.chat;

import java.util.List;
import java.util.Map;

/**
 * A person's interest result: for their own exploration only. It stays in the assessment module and
 * the person's chat; it is never sent to recruiters or used to select anyone.
 *
 * @param scores points per type, in RIASEC order
 * @param ranking every type, highest first (ties broken as {@link Scoring#interest} explains)
 * @param top the two types shown, or three when the third scores the same as the second
 * @param tied types sharing a score with a shown type, when their order was decided by the
 *     tie-break rule; empty when no tie matters
 * @param clear whether the highest score reaches the instrument's {@code strongFrom}
 */
public record InterestProfile(
    Map<String, Integer> scores,
    List<String> ranking,
    List<String> top,
    List<String> tied,
    boolean clear) {}
