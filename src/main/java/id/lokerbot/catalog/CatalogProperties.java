package id.lokerbot.catalog;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalogue's settings.
 *
 * @param indexDir where the Lucene index lives (default {@code ./data/index}); {@code memory} keeps
 *     it in memory (tests). The index is derived from the database and rebuilt when missing/stale.
 * @param sampleData load the sample catalogue from {@code content/catalog/} into empty catalogue
 *     tables at start-up (default true: the embedded default is useful at once; switch it off in
 *     production)
 * @param syncInterval how often to look for changes other nodes or the CSV import made in the
 *     database and bring the index up to date (default 1s: an offer written on one node is found on
 *     every node within about a second; each look is one cheap count/max query)
 * @param zone the time zone of closing dates: an offer closing on a day is open until that day ends
 *     there (default Asia/Jakarta)
 * @param ramBufferMb indexing buffer of the index writer (default 32)
 */
@ConfigurationProperties("lokerbot.catalog")
record CatalogProperties(
    @DefaultValue("./data/index") String indexDir,
    @DefaultValue("true") boolean sampleData,
    @DefaultValue("1s") Duration syncInterval,
    @DefaultValue("Asia/Jakarta") ZoneId zone,
    @DefaultValue("32") double ramBufferMb) {}
