package id.lokerbot.content;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where content lives and how it is reloaded.
 *
 * @param dir the content folder (default {@code content}, relative to the working directory)
 * @param defaultLanguage language used before a person chooses one (default {@code id})
 * @param watch reload automatically when a file changes (default true: handy in development; switch
 *     it off where content is deployed with the release)
 * @param watchInterval how often the watcher looks for changes (default 2s)
 */
@ConfigurationProperties("lokerbot.content")
record ContentProperties(
    @DefaultValue("content") Path dir,
    @DefaultValue("id") String defaultLanguage,
    @DefaultValue("true") boolean watch,
    @DefaultValue("2s") Duration watchInterval) {}
