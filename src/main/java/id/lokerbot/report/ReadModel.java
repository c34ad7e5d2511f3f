package id.lokerbot.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code report_person} and {@code report_stage} up to date from the records of the other
 * modules. Each source is read incrementally (a watermark per source, with a look-back so rows
 * committed late are not missed; inserts are idempotent). Refreshers on several nodes take turns
 * through a row lock on the watermark.
 *
 * <p>Sources today: {@code message_log} (inbound messages: who talked to the bot, on which
 * channel). The other stages wait for their modules; {@link #sourceOf(Stage)} says which. To add
 * one, add a method like {@link #fromMessageLog} that inserts into the read model from that
 * module's table and call it from {@link #refresh}.
 */
@Component
class ReadModel {

  static final String MESSAGE_LOG = "message_log";

  /** Rows below the watermark read again, for transactions that committed out of id order. */
  private static final long LOOK_BACK = 1000;

  /** Where each stage comes from, or which module it waits for. */
  private static final Map<Stage, String> SOURCES = new EnumMap<>(Stage.class);

  static {
    SOURCES.put(
        Stage.REACHED,
        "talked to the bot (message log); job information actually sent (search results, alerts)"
            + " is counted once the catalogue (issue 4) and alerts (issue 9) record it");
    SOURCES.put(Stage.ASSESSED, "not yet recorded: waits for assessment results (issue 7)");
    SOURCES.put(Stage.ELIGIBLE, "not yet recorded: waits for profile eligibility (issue 7)");
    SOURCES.put(
        Stage.TRAINED,
        "not yet recorded: waits for training partners' reports through the partner API (issue 8)");
    SOURCES.put(Stage.REFERRED, "not yet recorded: waits for referrals (issue 8)");
    SOURCES.put(
        Stage.INTERVIEWED, "not yet recorded: waits for referral status feedback (issue 8)");
    SOURCES.put(Stage.HIRED, "not yet recorded: waits for referral status feedback (issue 8)");
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ReportProperties properties;
  private volatile Instant lastRefresh = Instant.MIN;

  ReadModel(
      JdbcClient jdbc, TransactionTemplate transaction, Clock clock, ReportProperties properties) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
  }

  /** Which source feeds the stage (or what it waits for). */
  static String sourceOf(Stage stage) {
    return SOURCES.get(stage);
  }

  /** Whether a module feeds the stage today (fixtures and later sources may add rows anyway). */
  static boolean fed(Stage stage) {
    return stage == Stage.REACHED;
  }

  /** Reads new records unless that was done less than the refresh interval ago. */
  void refreshIfStale() {
    Instant now = clock.instant();
    if (lastRefresh.plus(properties.refreshInterval()).isAfter(now)) {
      return;
    }
    refresh();
  }

  /** Reads new records from every source now. */
  synchronized void refresh() {
    Instant now = clock.instant();
    ensureWatermark(MESSAGE_LOG, now);
    try {
      transaction.executeWithoutResult(t -> fromMessageLog(now));
    } catch (DuplicateKeyException e) {
      // another node inserted the same rows first; the next refresh carries on
    }
    lastRefresh = now;
  }

  /** People who talked to the bot: one person per youth (or per address until linked). */
  private void fromMessageLog(Instant now) {
    long last = lockedWatermark(MESSAGE_LOG);
    long max = jdbc.sql("select coalesce(max(id), 0) from message_log").query(Long.class).single();
    if (max <= last) {
      return;
    }
    Timestamp at = Timestamp.from(now);
    String firstInWindow =
        "select person_id, at, channel from ("
            + " select coalesce(a.youth_id, m.address) as person_id, m.at, m.channel,"
            + " row_number() over (partition by coalesce(a.youth_id, m.address)"
            + " order by m.at, m.id) as n"
            + " from message_log m left join youth_address a on a.address = m.address"
            + " where m.direction = 'in' and m.id > ? and m.id <= ?) f where f.n = 1";
    long after = Math.max(0, last - LOOK_BACK);
    jdbc.sql(
            "insert into report_person (person_id, first_seen_at, channel, updated_at)"
                + " select f.person_id, f.at, f.channel, ? from ("
                + firstInWindow
                + ") f where not exists"
                + " (select 1 from report_person p where p.person_id = f.person_id)")
        .params(at, after, max)
        .update();
    jdbc.sql(
            "insert into report_stage (person_id, stage, partner, at, channel)"
                + " select f.person_id, 'reached', '', f.at, f.channel from ("
                + firstInWindow
                + ") f where not exists (select 1 from report_stage s"
                + " where s.person_id = f.person_id and s.stage = 'reached' and s.partner = '')")
        .params(after, max)
        .update();
    jdbc.sql("update report_watermark set last_id = ?, refreshed_at = ? where source = ?")
        .params(max, at, MESSAGE_LOG)
        .update();
  }

  /** Creates the source's watermark at 0 the first time (outside the refresh transaction). */
  private void ensureWatermark(String source, Instant now) {
    if (jdbc.sql("select count(*) from report_watermark where source = ?")
            .param(source)
            .query(Long.class)
            .single()
        == 0) {
      try {
        jdbc.sql("insert into report_watermark (source, last_id, refreshed_at) values (?, 0, ?)")
            .params(source, Timestamp.from(now))
            .update();
      } catch (DuplicateKeyException e) {
        // created by another node at the same moment
      }
    }
  }

  /** The source's watermark, locked until the refresh transaction ends. */
  private long lockedWatermark(String source) {
    return jdbc.sql("select last_id from report_watermark where source = ? for update")
        .param(source)
        .query(Long.class)
        .single();
  }
}
