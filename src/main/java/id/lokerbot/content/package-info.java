/**
 * Loads and validates the content folder (flows, messages, assessments, taxonomies, catalogue
 * samples, partners) and reloads it without a restart. Other modules add their own checks by
 * implementing {@link id.lokerbot.content.ContentCheck}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package id.lokerbot.content;
