package id.lokerbot.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations behave.
 *
 * @param idleTimeout a flow left idle longer than this restarts politely at the menu (default 3d)
 * @param stateTtl how long dialogue state is kept after the last message (default 30d); after that
 *     the person is greeted as new
 * @param maxInputLength longer messages get a polite re-ask instead of being processed (default
 *     1000 characters)
 * @param memoryMaxEntries most dialogue states held in memory by the embedded store (default
 *     100000)
 */
@ConfigurationProperties("lokerbot.conversation")
record ConversationProperties(
    @DefaultValue("3d") Duration idleTimeout,
    @DefaultValue("30d") Duration stateTtl,
    @DefaultValue("1000") int maxInputLength,
    @DefaultValue("100000") long memoryMaxEntries) {}
