package id.lokerbot.channel;

import java.time.Instant;

/**
 * A person asked to stop (or resume) unsolicited messages to an address: alerts, news, reminders.
 * Replies to their own messages still go out.
 */
public record OptOutRequested(String address, boolean stopped, Instant at) {}
