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
 * @param maxMessagesPerMinute messages per address and clock minute that are processed (default
 *     30); the next one gets one polite "slow down" reply, the rest are dropped and counted
 * @param turnLockLease with Redis, how long a turn may hold its address's lock before others may go
 *     ahead: protects against a node that died mid-turn (default 10s)
 * @param turnLockWait with Redis, how long a message waits for the turns before it; then it is
 *     answered 503 so the provider delivers it again later (default 10s)
 */
@ConfigurationProperties("lokerbot.conversation")
record ConversationProperties(
    @DefaultValue("3d") Duration idleTimeout,
    @DefaultValue("30d") Duration stateTtl,
    @DefaultValue("1000") int maxInputLength,
    @DefaultValue("100000") long memoryMaxEntries,
    @DefaultValue("30") int maxMessagesPerMinute,
    @DefaultValue("10s") Duration turnLockLease,
    @DefaultValue("10s") Duration turnLockWait) {}
