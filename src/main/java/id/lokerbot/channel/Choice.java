package id.lokerbot.channel;

/**
 * An answer offered as a button or a numbered line.
 *
 * @param id what comes back when it is chosen: its number, {@code "1"}, {@code "2"}, …
 * @param label what the person reads
 */
public record Choice(String id, String label) {}
