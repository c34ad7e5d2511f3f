package id.lokerbot.youth;

import java.time.Instant;

/**
 * A young person who agreed that we keep their data.
 *
 * @param consentState for keeping data: {@code given}, {@code withdrawn}, {@code declined} or
 *     {@code unknown}
 */
public record Youth(String id, Instant createdAt, String language, String consentState) {}
