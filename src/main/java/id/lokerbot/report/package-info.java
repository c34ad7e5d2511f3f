/**
 * Programme numbers: a read model with one row per person (dimensions and the first date of every
 * funnel stage, table {@code report_person}; partner stages per partner in {@code report_partner}),
 * filled from the other modules' records, the queries over it with small cells suppressed, the
 * staff dashboard ({@code /dashboard}) and the report API ({@code /api/reports/**}, JSON and CSV).
 * Profile facts (gender, age, regency, the disability flag, eligibility) come from the assessment
 * module's base package, never from its chat interface.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment"})
package id.lokerbot.report;
