package id.lokerbot.report;

import id.lokerbot.assessment.PersonFacts;
import id.lokerbot.assessment.PersonForgotten;
import id.lokerbot.assessment.ProgrammeFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code report_person} (one row per person: dimensions and the first date of every stage)
 * and {@code report_partner} (the partner stages per partner) up to date from the records of the
 * other modules. Each source is read incrementally (a watermark per source, with a look-back so
 * rows committed late are not missed); applying a row twice changes nothing, since a stage keeps
 * its earliest date. Refreshers on several nodes take turns through a row lock on the watermark.
 *
 * <p>Person key: the youth id, or the address while it is not linked to one; a row keyed by an
 * address is merged into the youth's row once the address is linked.
 */
@Component
class ReadModel {

  private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

  static final String MESSAGE_LOG = "message_log";
  static final String ASSESSMENTS = "assessment_result";
  static final String PROFILES = "profile_field";
  static final String REFERRALS = "referral";
  static final String REFERRAL_STATUS = "referral_status_event";
  static final String TRAINING = "referral_training";
  static final String ALERTS = "alert_delivery";

  /** Ids below the watermark read again, for transactions that committed out of id order. */
  private static final long LOOK_BACK = 1000;

  /** The same for sources read by time (their rows carry the time of the change, not commit). */
  private static final Duration LOOK_BACK_TIME = Duration.ofMinutes(10);

  /** Where each stage comes from: shown on the dashboard next to the funnel. */
  private static final Map<Stage, String> SOURCES = new EnumMap<>(Stage.class);

  static {
    SOURCES.put(
        Stage.REACHED, "first job information: search results, suggestions or an alert sent");
    SOURCES.put(Stage.ASSESSED, "first check result kept (assessment results)");
    SOURCES.put(Stage.ELIGIBLE, "profile meets every programme eligibility rule");
    SOURCES.put(Stage.ENROLLED, "training partner reported 'enrolled' (partner API)");
    SOURCES.put(Stage.TRAINED, "training partner reported 'completed' (partner API)");
    SOURCES.put(Stage.REFERRED, "referral sent to a partner (referrals)");
    SOURCES.put(Stage.INTERVIEWED, "partner scheduled an interview (referral status)");
    SOURCES.put(Stage.HIRED, "partner reported 'hired' (referral status)");
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ReportProperties properties;

  /** "Sent from a job-information node", in SQL, and its parameters (flow, node, flow, node…). */
  private final String jobInformation;

  private final List<Object> jobInformationNodes = new ArrayList<>();
  private final ProgrammeFacts facts;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Instant lastRefresh = Instant.MIN;

  ReadModel(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      Clock clock,
      ReportProperties properties,
      ProgrammeFacts facts) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
    StringBuilder nodes = new StringBuilder("1 = 0");
    for (String node : properties.jobInformationNodes()) {
      int colon = node.indexOf(':');
      nodes.append(" or (m.flow = ? and m.node = ?)");
      jobInformationNodes.add(node.substring(0, Math.max(0, colon)));
      jobInformationNodes.add(node.substring(colon + 1));
    }
    this.jobInformation = nodes.toString();
    this.facts = facts;
  }

  /** Which source feeds the stage. */
  static String sourceOf(Stage stage) {
    return SOURCES.get(stage);
  }

  /**
   * Reads new records unless that was done less than the refresh interval ago. A request never
   * waits for a refresh in progress (a first read of a large backlog can take long): it shows the
   * numbers as they are.
   */
  void refreshIfStale() {
    Instant now = clock.instant();
    if (lastRefresh.plus(properties.refreshInterval()).isAfter(now) || !lock.tryLock()) {
      return;
    }
    try {
      refresh();
    } finally {
      lock.unlock();
    }
  }

  /** In the background too (every 30 s), so the read model keeps up when nobody looks. */
  @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
  void scheduledRefresh() {
    refreshIfStale();
  }

  /** Reads new records from every source now (referrals before their status changes). */
  void refresh() {
    lock.lock();
    try {
      Instant now = clock.instant();
      source(MESSAGE_LOG, now, this::fromMessageLog);
      source(ASSESSMENTS, now, this::fromAssessments);
      source(PROFILES, now, this::fromProfiles);
      source(REFERRALS, now, this::fromReferrals);
      source(REFERRAL_STATUS, now, this::fromReferralStatus);
      source(TRAINING, now, this::fromTraining);
      source(ALERTS, now, this::fromAlerts);
      lastRefresh = now;
    } finally {
      lock.unlock();
    }
  }

  private interface Reader {
    /**
     * Applies rows after the watermark, reading back no further than {@code floor}; returns the new
     * watermark.
     */
    long read(long watermark, long floor, Instant now);
  }

  private void source(String source, Instant now, Reader reader) {
    ensureWatermark(source, now);
    ensureWatermark(floor(source), now);
    try {
      transaction.executeWithoutResult(
          t -> {
            long last = lockedWatermark(source);
            long floor = watermark(floor(source));
            long next = reader.read(last, floor, now);
            if (next != last) {
              jdbc.sql("update report_watermark set last_id = ?, refreshed_at = ? where source = ?")
                  .params(next, Timestamp.from(now), source)
                  .update();
            }
          });
    } catch (DuplicateKeyException e) {
      // another node inserted the same rows first; the next refresh carries on
      log.info(
          "report source {} not read this time: {}",
          source,
          e.getMostSpecificCause().getMessage(),
          e);
    }
  }

  /**
   * Reach: the first reply per person that gave job information (sent from one of the
   * job-information nodes), and the channel it went on. Chatting alone does not count.
   */
  private long fromMessageLog(long last, long floor, Instant now) {
    return byId(
        last,
        floor,
        "message_log",
        "select m.address, a.youth_id, min(m.at) as at,"
            + " min(m.channel) as channel from message_log m"
            + " left join youth_address a on a.address = m.address"
            + " where m.id > ? and m.id <= ? and m.direction = 'out' and ("
            + jobInformation
            + ") group by m.address, a.youth_id",
        jobInformationNodes,
        rs -> reached(rs, now));
  }

  /** Reach by alert: the first alert sent for a subscription a chat address made. */
  private long fromAlerts(long last, long floor, Instant now) {
    return byTime(
        last,
        floor,
        now,
        "select s.owner as address, a.youth_id, min(d.done_at) as at, min(d.channel) as channel"
            + " from alert_delivery d join alert_subscription s on s.id = d.subscription_id"
            + " left join youth_address a on a.address = s.owner"
            + " where d.state = 'sent' and d.done_at > ? group by s.owner, a.youth_id",
        (RowCallbackHandler) rs -> reached(rs, now));
  }

  private void reached(ResultSet rs, Instant now) throws SQLException {
    String person = person(rs.getString("address"), rs.getString("youth_id"), now);
    Timestamp at = rs.getTimestamp("at");
    jdbc.sql(
            "update report_person set channel = ?, updated_at = ? where person_id = ?"
                + " and (reached_at is null or reached_at > ?)")
        .params(rs.getString("channel"), Timestamp.from(now), person, at)
        .update();
    stage(person, Stage.REACHED, null, at, now);
  }

  /** Assessed: the first check result a person kept (retakes replace rows, the date stays). */
  private long fromAssessments(long last, long floor, Instant now) {
    return byTime(
        last,
        floor,
        now,
        "select r.address, a.youth_id, min(r.completed_at) as at from assessment_result r"
            + " left join youth_address a on a.address = r.address where r.completed_at > ?"
            + " group by r.address, a.youth_id",
        rs ->
            stage(
                person(rs.getString("address"), rs.getString("youth_id"), now),
                Stage.ASSESSED,
                null,
                rs.getTimestamp("at"),
                now));
  }

  /** Dimensions and eligibility: the profile's derived facts, for people whose answers changed. */
  private long fromProfiles(long last, long floor, Instant now) {
    return byTime(
        last,
        floor,
        now,
        "select youth_id, max(updated_at) as at from profile_field where updated_at > ?"
            + " group by youth_id",
        rs -> {
          String youth = rs.getString("youth_id");
          Optional<PersonFacts> f = facts.of(youth);
          if (f.isEmpty()) {
            return;
          }
          ensurePerson(youth, now);
          PersonFacts p = f.get();
          jdbc.sql(
                  "update report_person set gender = ?, age = ?, regency = ?, disability = ?,"
                      + " updated_at = ? where person_id = ?")
              .params(p.gender(), p.age(), p.regency(), p.disability(), Timestamp.from(now), youth)
              .update();
          if (p.priority()) {
            stage(youth, Stage.ELIGIBLE, null, rs.getTimestamp("at"), now);
          }
          // addresses the person used before their profile existed
          jdbc.sql("select address from youth_address where youth_id = ?")
              .param(youth)
              .query(String.class)
              .list()
              .forEach(address -> person(address, youth, now));
        });
  }

  /** Referred: each referral sent (one person, several partners: one row per partner). */
  private long fromReferrals(long last, long floor, Instant now) {
    return byTime(
        last,
        floor,
        now,
        "select r.id, r.partner_id, r.address, a.youth_id, r.created_at from referral r"
            + " left join youth_address a on a.address = r.address where r.created_at > ?",
        rs -> {
          String person = person(rs.getString("address"), rs.getString("youth_id"), now);
          String id = rs.getString("id");
          String partner = rs.getString("partner_id");
          if (!exists("select count(*) from report_referral where referral_id = ?", id)) {
            jdbc.sql(
                    "insert into report_referral (referral_id, person_id, partner) values (?, ?,"
                        + " ?)")
                .params(id, person, partner)
                .update();
          }
          stage(person, Stage.REFERRED, partner, rs.getTimestamp("created_at"), now);
        });
  }

  /** Interviewed and hired: the partners' status changes on referrals already read. */
  private long fromReferralStatus(long last, long floor, Instant now) {
    return byId(
        last,
        floor,
        "referral_status_event",
        "select f.person_id, f.partner, e.status, e.at from referral_status_event e"
            + " join report_referral f on f.referral_id = e.referral_id"
            + " where e.id > ? and e.id <= ? and e.status in ('interview_scheduled', 'hired')",
        List.of(),
        rs ->
            stage(
                rs.getString("person_id"),
                "hired".equals(rs.getString("status")) ? Stage.HIRED : Stage.INTERVIEWED,
                rs.getString("partner"),
                rs.getTimestamp("at"),
                now));
  }

  /** Enrolled and trained: training partners' reports on referrals already read. */
  private long fromTraining(long last, long floor, Instant now) {
    return byId(
        last,
        floor,
        "referral_training",
        "select f.person_id, f.partner, t.status, t.at from referral_training t"
            + " join report_referral f on f.referral_id = t.referral_id"
            + " where t.id > ? and t.id <= ?",
        List.of(),
        rs ->
            stage(
                rs.getString("person_id"),
                "completed".equals(rs.getString("status")) ? Stage.TRAINED : Stage.ENROLLED,
                rs.getString("partner"),
                rs.getTimestamp("at"),
                now));
  }

  /**
   * A source read by id: the rows after the watermark (looking back {@link #LOOK_BACK} ids for
   * transactions that committed out of order, never below the floor) up to the newest id now. The
   * query's first two parameters are that range; {@code more} follow.
   */
  private long byId(
      long last, long floor, String table, String sql, List<Object> more, RowCallbackHandler rows) {
    long max = jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    if (max <= last) {
      return last;
    }
    List<Object> params = new ArrayList<>(List.of(Math.max(floor, last - LOOK_BACK), max));
    params.addAll(more);
    jdbc.sql(sql).params(params).query(rows);
    return max;
  }

  /** A source read by a timestamp column; the watermark holds epoch milliseconds. */
  private long byTime(long last, long floor, Instant now, String sql, RowCallbackHandler rows) {
    Instant after = Instant.ofEpochMilli(last).minus(LOOK_BACK_TIME);
    if (last == 0) {
      after = Instant.EPOCH;
    }
    if (after.toEpochMilli() < floor) {
      after = Instant.ofEpochMilli(floor);
    }
    jdbc.sql(sql).param(Timestamp.from(after)).query(rows);
    // rows stamped later than now (a clock ahead elsewhere) are read again next time
    return Math.max(last, now.toEpochMilli());
  }

  /**
   * The key of the row for this address: the youth id once linked (an address-keyed row of the same
   * person is merged into it), else the address. Remembers the address for deletion.
   */
  private String person(String address, String youth, Instant now) {
    String key = youth != null ? youth : address;
    Optional<String> known =
        jdbc.sql("select person_id from report_address where address = ?")
            .param(address)
            .query(String.class)
            .optional();
    if (known.isEmpty()) {
      jdbc.sql("insert into report_address (address, person_id) values (?, ?)")
          .params(address, key)
          .update();
    } else if (youth != null && !known.get().equals(youth)) {
      merge(known.get(), youth, now);
      jdbc.sql("update report_address set person_id = ? where person_id = ?")
          .params(youth, known.get())
          .update();
    }
    ensurePerson(key, now);
    return key;
  }

  /** Moves an address-keyed row into the youth's row: earliest date of every stage. */
  private void merge(String from, String into, Instant now) {
    ensurePerson(into, now);
    StringBuilder set = new StringBuilder();
    for (String c : List.of("channel", "gender", "age", "regency", "disability")) {
      set.append(set.isEmpty() ? "" : ", ")
          .append(c)
          .append(" = coalesce(p.")
          .append(c)
          .append(", (select o.")
          .append(c)
          .append(" from report_person o where o.person_id = :from))");
    }
    for (Stage stage : Stage.values()) {
      String c = stage.column();
      set.append(", ")
          .append(c)
          .append(" = (select case when o.")
          .append(c)
          .append(" is null or (p.")
          .append(c)
          .append(" is not null and p.")
          .append(c)
          .append(" <= o.")
          .append(c)
          .append(") then p.")
          .append(c)
          .append(" else o.")
          .append(c)
          .append(" end from report_person o where o.person_id = :from)");
    }
    jdbc.sql("update report_person p set " + set + " where p.person_id = :into")
        .param("from", from)
        .param("into", into)
        .update();
    jdbc.sql("delete from report_person where person_id = ?").param(from).update();
    List<String> partners =
        jdbc.sql("select partner from report_partner where person_id = ?")
            .param(from)
            .query(String.class)
            .list();
    for (String partner : partners) {
      for (Stage stage : Stage.values()) {
        if (stage.partnerStage()) {
          jdbc.sql(
                  "select "
                      + stage.column()
                      + " from report_partner where person_id = ? and partner = ? and "
                      + stage.column()
                      + " is not null")
              .params(from, partner)
              .query(Timestamp.class)
              .optional()
              .ifPresent(at -> stage(into, stage, partner, at, now));
        }
      }
    }
    jdbc.sql("delete from report_partner where person_id = ?").param(from).update();
    jdbc.sql("update report_referral set person_id = ? where person_id = ?")
        .params(into, from)
        .update();
  }

  private void ensurePerson(String person, Instant now) {
    if (!exists("select count(*) from report_person where person_id = ?", person)) {
      jdbc.sql("insert into report_person (person_id, updated_at) values (?, ?)")
          .params(person, Timestamp.from(now))
          .update();
    }
  }

  private boolean exists(String countSql, Object... params) {
    return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
  }

  /** The stage's date becomes {@code at} unless it already holds an earlier one. */
  private void stage(String person, Stage stage, String partner, Timestamp at, Instant now) {
    String c = stage.column();
    jdbc.sql(
            "update report_person set "
                + c
                + " = ?, updated_at = ? where person_id = ? and ("
                + c
                + " is null or "
                + c
                + " > ?)")
        .params(at, Timestamp.from(now), person, at)
        .update();
    if (partner != null) {
      if (!exists(
          "select count(*) from report_partner where person_id = ? and partner = ?",
          person,
          partner)) {
        jdbc.sql("insert into report_partner (person_id, partner) values (?, ?)")
            .params(person, partner)
            .update();
      }
      jdbc.sql(
              "update report_partner set "
                  + c
                  + " = ? where person_id = ? and partner = ? and ("
                  + c
                  + " is null or "
                  + c
                  + " > ?)")
          .params(at, person, partner, at)
          .update();
    }
  }

  /**
   * The person asked us to forget them: what the read model held of them (under their youth id and
   * each address) becomes one row under a random key, with the facts they were counted by; their
   * addresses, youth id and referral ids leave the read model.
   */
  @ApplicationModuleListener
  void on(PersonForgotten event) {
    forget(event.addresses(), event.personId(), event.facts(), event.at());
  }

  void forget(List<String> addresses, String personId, PersonFacts facts, Instant requestedAt) {
    lock.lock();
    try {
      forgetLocked(addresses, personId, facts, requestedAt);
    } finally {
      lock.unlock();
    }
  }

  private void forgetLocked(
      List<String> addresses, String personId, PersonFacts facts, Instant requestedAt) {
    // everything recorded until now is in the read model first; the look-back then stops here,
    // so the records the other modules keep (message log, referrals) do not bring the person back
    refresh();
    Instant now = clock.instant();
    Set<String> keys = new LinkedHashSet<>();
    if (personId != null) {
      keys.add(personId);
    }
    for (String address : addresses) {
      keys.add(address);
      jdbc.sql("select person_id from report_address where address = ?")
          .param(address)
          .query(String.class)
          .optional()
          .ifPresent(keys::add);
    }
    String anonymous = "anon:" + UUID.randomUUID();
    transaction.executeWithoutResult(
        t -> {
          boolean any = false;
          for (String key : keys) {
            if (exists("select count(*) from report_person where person_id = ?", key)) {
              merge(key, anonymous, now);
              any = true;
            }
            jdbc.sql("delete from report_referral where person_id = ?").param(key).update();
            jdbc.sql("delete from report_address where person_id = ? or address = ?")
                .params(key, key)
                .update();
          }
          jdbc.sql("delete from report_referral where person_id = ?").param(anonymous).update();
          if (!any && facts != null) {
            // Forgotten before a refresh saw them (their records are gone already): they talked
            // to us, so they still count as reached, from their request, with their facts.
            ensurePerson(anonymous, now);
            jdbc.sql("update report_person set reached_at = ? where person_id = ?")
                .params(Timestamp.from(requestedAt), anonymous)
                .update();
            any = true;
          }
          if (any && facts != null) {
            jdbc.sql(
                    "update report_person set gender = ?, age = ?, regency = ?, disability = ?"
                        + " where person_id = ?")
                .params(facts.gender(), facts.age(), facts.regency(), facts.disability(), anonymous)
                .update();
            if (facts.priority()) {
              // when they became a priority is not known any more: counted from their request
              jdbc.sql(
                      "update report_person set eligible_at = ? where person_id = ? and"
                          + " eligible_at is null")
                  .params(Timestamp.from(requestedAt), anonymous)
                  .update();
            }
          }
          for (String source :
              List.of(
                  MESSAGE_LOG,
                  ASSESSMENTS,
                  PROFILES,
                  REFERRALS,
                  REFERRAL_STATUS,
                  TRAINING,
                  ALERTS)) {
            long reached = watermark(source);
            jdbc.sql("update report_watermark set last_id = ?, refreshed_at = ? where source = ?")
                .params(reached, Timestamp.from(now), floor(source))
                .update();
          }
        });
  }

  /** The watermark below which a source is never read again (set when someone is forgotten). */
  private static String floor(String source) {
    return source + ":floor";
  }

  private long watermark(String source) {
    return jdbc.sql("select last_id from report_watermark where source = ?")
        .param(source)
        .query(Long.class)
        .optional()
        .orElse(0L);
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
