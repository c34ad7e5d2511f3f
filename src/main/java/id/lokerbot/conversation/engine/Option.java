package id.lokerbot.conversation.engine;

import java.util.List;

/**
 * One answer an {@link Ask} offers.
 *
 * @param value what is saved when it is chosen
 * @param label message key of its label
 * @param also more words that choose it, in any language ({@code [cari, loker, kerja]})
 * @param next where to go when chosen; null for the ask node's {@code next}
 * @param rupiah the amounts of money that choose it ({@code rupiah: [1, 839999]}), or null
 */
record Option(String value, String label, List<String> also, String next, Rupiah.Range rupiah) {}
