package id.lokerbot.channel;

import java.time.Instant;

/**
 * Where a person came from, told by the channel on first contact: the payload of a Telegram deep
 * link ({@code t.me/<bot>?start=src-alfamart} gives {@code src-alfamart}), for the programme's
 * reach numbers.
 *
 * @param address the person's address
 * @param source the campaign or place code, {@code [A-Za-z0-9_-]{1,64}}
 * @param at when they first arrived with it
 */
public record ReferralSource(String address, String source, Instant at) {}
