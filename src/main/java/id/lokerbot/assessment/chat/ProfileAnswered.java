package id.lokerbot.assessment.chat;

import java.time.Instant;

/**
 * A person with consent answered (or changed) one profile question. Sensitive fields arrive already
 * sealed by {@link Profiles#seal}, so neither the event registry nor the profile table ever holds
 * them in plain text.
 *
 * @param field a {@link Profiles#FIELDS} name
 * @param value the answer (sealed for sensitive fields)
 */
public record ProfileAnswered(String address, String field, String value, Instant at) {}
