package id.lokerbot.alert;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The subscription table: the source of truth the Lucene index is derived from. */
@Repository
class SubscriptionRepository {

  private static final String COLUMNS =
      "id, owner, person, deliver_to, channel, regencies, sectors, keywords, label, frequency,"
          + " digest_hour, language, paused, removed, change_seq";

  /** What a forgotten person's subscription rows say instead of an address. */
  static final String FORGOTTEN = "_forgotten";

  private static final RowMapper<Subscription> ROW = SubscriptionRepository::map;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  SubscriptionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  long insert(
      String owner,
      String person,
      String deliverTo,
      List<String> regencies,
      List<String> sectors,
      List<String> keywords,
      String label,
      Frequency frequency,
      int digestHour,
      String language,
      Instant at) {
    Timestamp now = Timestamp.from(at);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "insert into alert_subscription (owner, person, deliver_to, channel, regencies,"
                      + " sectors, keywords, label, frequency, digest_hour, language, paused,"
                      + " removed, created_at, updated_at, change_seq) values (?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, false, false, ?, ?, nextval('alert_change_seq'))",
                  new String[] {"id"});
          int i = 1;
          ps.setString(i++, owner);
          ps.setString(i++, person);
          ps.setString(i++, deliverTo);
          ps.setString(i++, scheme(deliverTo));
          ps.setString(i++, Subscription.join(regencies));
          ps.setString(i++, Subscription.join(sectors));
          ps.setString(i++, String.join(" ", keywords));
          ps.setString(i++, label);
          ps.setString(i++, frequency.code());
          ps.setInt(i++, digestHour);
          ps.setString(i++, language);
          ps.setTimestamp(i++, now);
          ps.setTimestamp(i, now);
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  /** Pauses, resumes or removes one of an owner's subscriptions; false when it is not theirs. */
  boolean change(String owner, long id, SubscriptionChangeRequested.Change change, Instant at) {
    String set =
        switch (change) {
          case PAUSE -> "paused = true";
          case RESUME -> "paused = false";
          case REMOVE -> "removed = true";
        };
    return jdbc.update(
            "update alert_subscription set "
                + set
                + ", updated_at = ?, change_seq = nextval('alert_change_seq')"
                + " where id = ? and owner = ? and removed = false",
            Timestamp.from(at),
            id,
            owner)
        == 1;
  }

  /** Removes every subscription that delivers to an address (the unsubscribe link). */
  int removeDeliveringTo(String deliverTo, Instant at) {
    return jdbc.update(
        "update alert_subscription set removed = true, updated_at = ?,"
            + " change_seq = nextval('alert_change_seq') where deliver_to = ? and removed = false",
        Timestamp.from(at),
        deliverTo);
  }

  /** Subscriptions made from or delivering to any of these addresses (removed ones too). */
  List<Long> idsFor(Collection<String> addresses) {
    if (addresses.isEmpty()) {
      return List.of();
    }
    return named.queryForList(
        "select id from alert_subscription where owner in (:a) or deliver_to in (:a)",
        new MapSqlParameterSource("a", addresses),
        Long.class);
  }

  /** Whom these subscriptions count for (dedupe and caps). */
  List<String> peopleOf(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return named.queryForList(
        "select distinct person from alert_subscription where id in (:ids)",
        new MapSqlParameterSource("ids", ids),
        String.class);
  }

  /**
   * Deletes what these subscriptions held (the person asked us to forget them): each row keeps only
   * its id and a new change number, removed, so every node's index drops it.
   */
  int forget(Collection<Long> ids, Instant at) {
    if (ids.isEmpty()) {
      return 0;
    }
    return named.update(
        "update alert_subscription set owner = :gone, person = :gone, deliver_to = :gone,"
            + " channel = '', regencies = :any, sectors = :any, keywords = '', label = '',"
            + " removed = true, updated_at = :at, change_seq = nextval('alert_change_seq')"
            + " where id in (:ids)",
        new MapSqlParameterSource("ids", ids)
            .addValue("gone", FORGOTTEN)
            .addValue("any", Subscription.ANY)
            .addValue("at", Timestamp.from(at)));
  }

  List<Subscription> byOwner(String owner) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from alert_subscription where owner = ? and removed = false"
            + " order by id",
        ROW,
        owner);
  }

  Optional<Subscription> find(long id) {
    return jdbc
        .query("select " + COLUMNS + " from alert_subscription where id = ?", ROW, id)
        .stream()
        .findFirst();
  }

  /** The active ones among these ids. */
  List<Subscription> activeAmong(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return named.query(
        "select "
            + COLUMNS
            + " from alert_subscription where id in (:ids) and paused = false and removed = false",
        new MapSqlParameterSource("ids", ids),
        ROW);
  }

  /** Every active subscription, streamed (the index rebuild). */
  void eachActive(Consumer<Subscription> each) {
    jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "select "
                      + COLUMNS
                      + " from alert_subscription where paused = false and"
                      + " removed = false");
          ps.setFetchSize(1000);
          return ps;
        },
        rs -> {
          each.accept(map(rs, 0));
        });
  }

  /**
   * Rows changed after {@code seq}, plus those updated since {@code recent}: a transaction that
   * took its number early but committed late is still seen.
   */
  List<Subscription> changedSince(long seq, Instant recent) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from alert_subscription where change_seq > ? or updated_at >= ?"
            + " order by change_seq",
        ROW,
        seq,
        Timestamp.from(recent));
  }

  long lastChange() {
    Long max = jdbc.queryForObject("select max(change_seq) from alert_subscription", Long.class);
    return max == null ? 0 : max;
  }

  static String scheme(String address) {
    int colon = address.indexOf(':');
    return colon < 0 ? "" : address.substring(0, colon);
  }

  private static Subscription map(ResultSet rs, int row) throws SQLException {
    String keywords = rs.getString("keywords");
    return new Subscription(
        rs.getLong("id"),
        rs.getString("owner"),
        rs.getString("person"),
        rs.getString("deliver_to"),
        rs.getString("channel"),
        Subscription.split(rs.getString("regencies")),
        Subscription.split(rs.getString("sectors")),
        keywords == null || keywords.isBlank() ? List.of() : List.of(keywords.split(" ")),
        rs.getString("label"),
        Frequency.of(rs.getString("frequency")),
        rs.getInt("digest_hour"),
        rs.getString("language"),
        rs.getBoolean("paused"),
        rs.getBoolean("removed"),
        rs.getLong("change_seq"));
  }
}
