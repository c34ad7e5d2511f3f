package id.lokerbot.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * The level a person reached in each work-readiness area, by area key. Carries no interest results;
 * who may see it (a recruiter, with the person's consent) is decided by the caller.
 */
public record ReadinessSummary(Map<String, Integer> pointsByArea, Instant completedAt) {}
