/** Cross-cutting infrastructure: the clock, request limits, error answers, stores' wiring. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.lokerbot.platform;
