package id.lokerbot.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every channel.
 *
 * @param dedupeKeep how long a provider message id is remembered for dedupe (default 48h)
 * @param dedupeClaim how long a message being handled holds its id: a redelivery meanwhile is
 *     answered 503 (try later); a claim left by a node that died lapses after this (default 30s;
 *     keep it above the turn lock's wait plus lease)
 */
@ConfigurationProperties("lokerbot.channel")
record ChannelProperties(
    @DefaultValue("48h") Duration dedupeKeep, @DefaultValue("30s") Duration dedupeClaim) {}
