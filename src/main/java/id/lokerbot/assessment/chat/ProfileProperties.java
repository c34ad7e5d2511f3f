package id.lokerbot.assessment.chat;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Profile settings.
 *
 * @param key base64 of 32 random bytes: the AES-256-GCM key for sensitive profile fields
 *     (functioning answers, income). Set it from the environment ({@code LOKERBOT_PROFILE_KEY},
 *     e.g. {@code openssl rand -base64 32}), never in a file. Empty: a development key is used (see
 *     {@code devKeyFile}) and a warning is logged.
 * @param devKeyFile where the generated development key is kept when no key is set, so the embedded
 *     database stays readable across restarts (default {@code ./data/profile-dev.key})
 */
@ConfigurationProperties("lokerbot.profile")
record ProfileProperties(String key, @DefaultValue("./data/profile-dev.key") Path devKeyFile) {}
