package id.lokerbot.channel.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat simulator.
 *
 * @param enabled serve {@code /} and {@code /simulator/messages} (default true; switch it off in
 *     production)
 */
@ConfigurationProperties("lokerbot.simulator")
record SimulatorProperties(@DefaultValue("true") boolean enabled) {}
