/**
 * Programme numbers: a read model of people and funnel stages (tables {@code report_person} and
 * {@code report_stage}, filled from the other modules' records), the queries over it with small
 * cells suppressed, the staff dashboard ({@code /dashboard}) and the report API ({@code
 * /api/reports/**}, JSON and CSV).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.lokerbot.report;
