package id.lokerbot.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Cross-cutting settings.
 *
 * @param maxRequestSize largest request body accepted; larger ones get 413 (default 64KB)
 * @param adminKey key for the admin endpoints (header {@code X-Admin-Key}); empty closes them. Set
 *     it from the environment ({@code LOKERBOT_PLATFORM_ADMIN_KEY}), never in a file.
 */
@ConfigurationProperties("lokerbot.platform")
record PlatformProperties(@DefaultValue("64KB") DataSize maxRequestSize, String adminKey) {}
