package id.lokerbot.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrals are delivered.
 *
 * @param pollInterval how often due deliveries (retries, ones left by a stopped node) are picked up
 *     (default 15s)
 * @param pollerEnabled whether this node picks up due deliveries on its own (default true; tests
 *     turn it off and poll by hand)
 * @param batchSize most deliveries started per poll (default 20)
 * @param requestTimeout how long a partner has to answer one webhook call (default 15s)
 * @param connectTimeout how long to wait for a connection to a partner (default 10s)
 * @param lease how long an attempt is claimed by one node; after that another may retry it (default
 *     2m, longer than the request timeout)
 * @param firstBackoff wait after the first failed attempt; doubles after each (default 1m)
 * @param maxBackoff longest wait between attempts (default 1h)
 * @param giveUpAfter how long after creation failing deliveries are retried before staff are asked
 *     to look (default 3d)
 * @param allowHttp accept {@code http://} partner endpoints (default false; for local tests only)
 */
@ConfigurationProperties("lokerbot.referral")
record ReferralProperties(
    @DefaultValue("15s") Duration pollInterval,
    @DefaultValue("true") boolean pollerEnabled,
    @DefaultValue("20") int batchSize,
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("1m") Duration firstBackoff,
    @DefaultValue("1h") Duration maxBackoff,
    @DefaultValue("3d") Duration giveUpAfter,
    @DefaultValue("false") boolean allowHttp) {}
