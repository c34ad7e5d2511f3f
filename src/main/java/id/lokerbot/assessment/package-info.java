/**
 * Interest and work-readiness assessments: our own instruments in {@code content/assessments/},
 * scoring, and the results people chose to keep.
 *
 * <p>The base package is what every module may use; it never carries interest scores. The {@code
 * chat} named interface holds the instruments, the scoring and the interest results: only the
 * person's own chat (the conversation module) may use it. Interest results are for exploration
 * only, never for selecting or referring anyone.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"content", "platform", "channel", "youth"})
package id.lokerbot.assessment;
