package id.lokerbot.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every channel.
 *
 * @param dedupeKeep how long a provider message id is remembered for dedupe (default 48h)
 */
@ConfigurationProperties("lokerbot.channel")
record ChannelProperties(@DefaultValue("48h") Duration dedupeKeep) {}
