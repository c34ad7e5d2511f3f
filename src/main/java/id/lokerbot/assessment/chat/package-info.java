/**
 * What the person's own chat needs to run an assessment: instruments, scoring and results with
 * interest scores. A named interface, so only modules that list {@code "assessment :: chat"} (the
 * conversation module) can see it; recruiter-facing modules cannot.
 */
@org.springframework.modulith.NamedInterface("chat")
package id.lokerbot.assessment.chat;
