package id.lokerbot.assessment.chat;

import java.time.Instant;
import java.util.Map;

/**
 * A person finished an assessment and agreed that we keep their answers: the assessment module
 * stores the result. Published by the person's chat only when they consented; it carries interest
 * scores, so it lives in the {@code chat} named interface that recruiter-facing modules cannot see.
 *
 * @param kind {@code interest} or {@code readiness}
 * @param scores points per interest type or readiness area
 */
public record AssessmentCompleted(
    String address, String kind, Map<String, Integer> scores, Instant at) {}
