package id.lokerbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.assessment.PersonFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report SQL on one database; run on H2 and on a real PostgreSQL by the subclasses. Twelve
 * people with known genders, ages, regencies, channels and stages; every number below is counted by
 * hand from {@link #twelvePeople}.
 */
abstract class ReportQueriesContractTests {

  /** One migrated database per test class; each test starts from empty tables. */
  abstract DataSource database();

  DataSource db;
  JdbcClient jdbc;
  ReportQueries queries;
  MutableClock clock;

  @BeforeEach
  void setUp() {
    db = database();
    jdbc = JdbcClient.create(db);
    for (String table :
        List.of(
            "report_partner",
            "report_person",
            "report_referral",
            "report_address",
            "report_watermark",
            "referral_training",
            "referral_status_event",
            "referral",
            "assessment_result",
            "profile_field",
            "message_log",
            "youth_address",
            "youth")) {
      jdbc.sql("delete from " + table).update();
    }
    queries = new ReportQueries(jdbc);
    clock = new MutableClock(Instant.parse("2026-03-20T12:00:00Z"));
  }

  static ReportProperties properties(int suppressBelow) {
    return new ReportProperties(
        new ReportProperties.Targets(16000, 2000, 1600, 50, 2),
        suppressBelow,
        Duration.ZERO,
        12,
        List.of("search:show"));
  }

  /** Profile facts by youth id, as the assessment module would derive them. */
  final Map<String, PersonFacts> facts = new java.util.HashMap<>();

  ReadModel readModel(int suppressBelow) {
    return new ReadModel(
        jdbc,
        new TransactionTemplate(new DataSourceTransactionManager(db)),
        clock,
        properties(suppressBelow),
        person -> java.util.Optional.ofNullable(facts.get(person)));
  }

  Reports reports(int suppressBelow) {
    ReportProperties properties = properties(suppressBelow);
    return new Reports(queries, readModel(suppressBelow), properties, clock);
  }

  /**
   * p1-p6 women, p7-p12 men. Reached: p1-p6 in the week of Monday 2 March 2026 (p6 on Sunday
   * 23:30), p7-p12 in the week of 9 March. Assessed p1-p8. Referred: p1 to two partners, p2 to
   * alfamart, p3 to biptak. Hired: p1 at alfamart.
   */
  void twelvePeople() {
    ReportFixtures f = new ReportFixtures(jdbc);
    f.person("p1", "whatsapp", "female", 18, "Demak", true)
        .person("p2", "whatsapp", "female", 24, "Demak", true)
        .person("p3", "whatsapp", "female", 25, "Demak", false)
        .person("p4", "telegram", "female", 29, "Demak", false)
        .person("p5", "telegram", "female", 30, "Brebes", false)
        .person("p6", "telegram", "female", 34, "Brebes", null)
        .person("p7", "sms", "male", 35, "Demak", false)
        .person("p8", "sms", "male", 17, "Demak", false)
        .person("p9", "sms", "male", null, "Demak", null)
        .person("p10", "whatsapp", "male", 20, null, null)
        .person("p11", "whatsapp", "male", 21, null, null)
        .person("p12", "whatsapp", "male", 22, null, null);
    for (int i = 1; i <= 12; i++) {
      String at =
          i == 6
              ? "2026-03-08T23:30:00Z"
              : String.format("2026-03-%02dT10:00:00Z", i <= 6 ? 1 + i : 2 + i);
      f.stage("p" + i, "reached", "", at);
    }
    for (int i = 1; i <= 8; i++) {
      f.stage("p" + i, "assessed", "", "2026-03-14T10:00:00Z");
    }
    f.stage("p1", "referred", "alfamart", "2026-03-15T10:00:00Z")
        .stage("p1", "referred", "biptak", "2026-03-15T11:00:00Z")
        .stage("p2", "referred", "alfamart", "2026-03-15T10:00:00Z")
        .stage("p3", "referred", "biptak", "2026-03-16T10:00:00Z")
        .stage("p1", "hired", "alfamart", "2026-03-18T10:00:00Z");
  }

  static Map<String, Long> at(List<ReportQueries.Cell> cells, Stage stage) {
    return cells.stream()
        .filter(c -> c.stage() == stage)
        .collect(Collectors.toMap(ReportQueries.Cell::group, ReportQueries.Cell::people));
  }

  @Test
  void funnelCountsEachPersonOncePerStage() {
    twelvePeople();
    assertThat(queries.funnel(ReportFilter.ALL))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Stage.REACHED, 12L, Stage.ASSESSED, 8L, Stage.REFERRED, 3L, Stage.HIRED, 1L));
  }

  @Test
  void filtersByPeriodRegencyAndPartner() {
    twelvePeople();
    assertThat(
            queries
                .funnel(new ReportFilter(LocalDate.parse("2026-03-09"), null, null, null))
                .get(Stage.REACHED))
        .isEqualTo(6);
    // the "to" day is included to its end: p6 arrived on Sunday 8 March at 23:30
    assertThat(
            queries
                .funnel(new ReportFilter(null, LocalDate.parse("2026-03-08"), null, null))
                .get(Stage.REACHED))
        .isEqualTo(6);
    assertThat(queries.funnel(new ReportFilter(null, null, "Demak", null)))
        .containsEntry(Stage.REACHED, 7L)
        .containsEntry(Stage.REFERRED, 3L);
    Map<Stage, Long> biptak = queries.funnel(new ReportFilter(null, null, null, "biptak"));
    assertThat(biptak).containsEntry(Stage.REACHED, 12L).containsEntry(Stage.REFERRED, 2L);
    assertThat(biptak).doesNotContainKey(Stage.HIRED);
  }

  @Test
  void splitsByGenderDisabilityAgeBandRegencyChannelAndPartner() {
    twelvePeople();
    assertThat(at(queries.breakdown(Dimension.GENDER, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("female", 6L, "male", 6L));
    assertThat(at(queries.breakdown(Dimension.DISABILITY, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("with disability", 2L, "without disability", 5L, "not recorded", 5L));
    assertThat(at(queries.breakdown(Dimension.AGE_BAND, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("18-24", 5L, "25-29", 2L, "30-34", 2L, "other", 2L, "not recorded", 1L));
    assertThat(at(queries.breakdown(Dimension.REGENCY, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("Demak", 7L, "Brebes", 2L, "not recorded", 3L));
    assertThat(at(queries.breakdown(Dimension.CHANNEL, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("whatsapp", 6L, "telegram", 3L, "sms", 3L));
    assertThat(at(queries.breakdown(Dimension.PARTNER, ReportFilter.ALL), Stage.REFERRED))
        .isEqualTo(Map.of("alfamart", 2L, "biptak", 2L));
    assertThat(at(queries.breakdown(Dimension.GENDER, ReportFilter.ALL), Stage.ASSESSED))
        .isEqualTo(Map.of("female", 6L, "male", 2L));
  }

  @Test
  void trendGroupsByWeeksStartingOnMonday() {
    twelvePeople();
    Map<String, Long> reached = at(queries.trend(ReportFilter.ALL), Stage.REACHED);
    assertThat(reached).isEqualTo(Map.of("2026-03-02", 6L, "2026-03-09", 6L));
    assertThat(at(queries.trend(ReportFilter.ALL), Stage.REFERRED))
        .isEqualTo(Map.of("2026-03-09", 2L, "2026-03-16", 1L));
  }

  @Test
  void filterChoicesListWhatOccurs() {
    twelvePeople();
    assertThat(queries.regencies()).containsExactly("Brebes", "Demak");
    // the dashboard takes them from its grouped scan: any period, the same list
    assertThat(
            queries
                .counts(new ReportFilter(LocalDate.parse("2027-01-01"), null, null, null))
                .regencies())
        .containsExactly("Brebes", "Demak");
    assertThat(queries.counts(new ReportFilter(null, null, "Demak", null)).regencies())
        .containsExactly("Brebes", "Demak");
    assertThat(queries.partners()).containsExactly("alfamart", "biptak");
  }

  @Test
  void smallGroupsAreShownAsFewerThanFive() {
    twelvePeople();
    Reports.Dashboard dashboard = reports(5).dashboard(ReportFilter.ALL);

    ReportTable funnel = dashboard.table("funnel");
    assertThat(funnel.rows().get(0)).startsWith("Reached", 12L);
    assertThat(funnel.rows().get(1)).startsWith("Assessed", 8L);
    assertThat(funnel.rows().get(2)).startsWith("Priority-eligible", 0L);
    assertThat(funnel.rows().get(5)).startsWith("Referred", "<5");
    assertThat(funnel.rows().get(7)).startsWith("Hired", "<5");

    ReportTable ages = dashboard.table("by-age-band");
    assertThat(ages.columns()).startsWith("age band", "reached", "assessed");
    assertThat(ages.rows())
        .contains(
            List.of("18-24", 5L, "<5", 0L, 0L, 0L, "<5", 0L, "<5"),
            List.of("25-29", "<5", "<5", 0L, 0L, 0L, "<5", 0L, 0L));
    // no small count leaks anywhere: every cell is text or a count of 0 or at least 5
    for (ReportTable table : dashboard.tables()) {
      for (List<Object> row : table.rows()) {
        for (Object cell : row) {
          if (cell instanceof Long n) {
            assertThat(n >= 1 && n <= 4).as(table.id() + " " + row).isFalse();
          }
        }
      }
    }
    ReportTable targets = dashboard.table("targets");
    assertThat(targets.rows().get(0))
        .containsExactly("People given job information (reached)", 16000L, 12L, "0.1%");
    assertThat(targets.rows().get(1)).containsExactly("Trained", 2000L, 0L, "0.0%");
    // 6 women of 12: both the part and the rest are at least 5
    assertThat(targets.rows().get(3))
        .containsExactly(
            "Women among those reached (of those whose gender is recorded)", "50.0%", "50.0%", "—");
    // 2 people with disabilities: the share would give the count back
    assertThat(targets.rows().get(4).get(2)).isEqualTo("hidden (small group)");
  }

  @Test
  void withoutSuppressionTheTablesCarryTheCounts() {
    twelvePeople();
    Reports.Dashboard dashboard =
        reports(1).dashboard(new ReportFilter(null, null, "Demak", "alfamart"));
    assertThat(dashboard.table("funnel").rows().get(5)).startsWith("Referred", 2L);
    assertThat(dashboard.table("by-partner").rows())
        .containsExactly(List.of("alfamart", "—", "—", "—", 0L, 0L, 2L, 0L, 1L));
    assertThat(dashboard.table("trend").rows())
        .contains(List.of("2026-03-02", 4L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    assertThat(dashboard.table("trend").rows()).hasSize(12);
  }

  @Test
  void csvCarriesTheSameCellsAsTheTable() {
    twelvePeople();
    String csv = Csv.of(reports(5).dashboard(ReportFilter.ALL).table("by-gender"));
    assertThat(csv.split("\r\n"))
        .startsWith(
            "gender,reached,assessed,eligible,enrolled,trained,referred,interviewed,hired",
            "female,6,6,0,0,0,<5,0,<5",
            "male,6,<5,0,0,0,0,0,0");
  }

  @Test
  void anEmptyDatabaseShowsZerosAndWhereEachStageComesFrom() {
    Reports.Dashboard dashboard = reports(5).dashboard(ReportFilter.ALL);
    List<List<Object>> funnel = dashboard.table("funnel").rows();
    assertThat(funnel).hasSize(Stage.values().length);
    assertThat(funnel.get(0)).startsWith("Reached", 0L);
    assertThat(funnel.get(0).get(3).toString()).startsWith("first job information");
    assertThat(funnel.get(1)).startsWith("Assessed", 0L);
    assertThat(funnel.get(4).get(3).toString()).contains("partner API");
  }

  @Test
  void jobInformationInTheMessageLogFeedsPeopleAndReach() {
    ReportFixtures f = new ReportFixtures(jdbc);
    f.youth("y1", "telegram:42", "telegram");
    jdbc.sql(
            "insert into youth_address (address, youth_id, channel, linked_at) values (?, ?, ?, ?)")
        .params("whatsapp:+6281222", "y1", "whatsapp", ReportFixtures.ts("2026-01-01T00:00:00Z"))
        .update();
    f.results("whatsapp:+6281111", "whatsapp", "2026-03-03T08:00:00Z")
        .message("out", "whatsapp:+6281111", "whatsapp", "2026-03-03T08:00:01Z")
        .results("whatsapp:+6281111", "whatsapp", "2026-03-04T08:00:00Z")
        .results("whatsapp:+6281222", "whatsapp", "2026-03-05T08:00:00Z")
        .results("telegram:42", "telegram", "2026-03-04T09:00:00Z")
        .message("out", "sms:+6281333", "sms", "2026-03-04T09:00:00Z")
        // chatting without ever getting job information does not count as reached
        .message("in", "telegram:99", "telegram", "2026-03-04T10:00:00Z");
    Reports reports = reports(1);
    reports.dashboard(ReportFilter.ALL);
    assertThat(people())
        .containsExactly(
            "whatsapp:+6281111 reached 2026-03-03T08:00:00Z whatsapp",
            "y1 reached 2026-03-04T09:00:00Z telegram");

    // later messages: a new person is added, the others keep their first contact
    f.results("sim:ana", "sim", "2026-03-06T08:00:00Z")
        .results("whatsapp:+6281111", "whatsapp", "2026-03-06T09:00:00Z");
    Reports.Dashboard dashboard = reports.dashboard(ReportFilter.ALL);
    assertThat(dashboard.table("funnel").rows().get(0)).startsWith("Reached", 3L);
    assertThat(at(queries.breakdown(Dimension.CHANNEL, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("whatsapp", 1L, "telegram", 1L, "sim", 1L));
    // reading again changes nothing
    reports.dashboard(ReportFilter.ALL);
    assertThat(jdbc.sql("select count(*) from report_person").query(Long.class).single())
        .isEqualTo(3);
  }

  @Test
  void anAlertSentReachesThePersonWhoSubscribed() {
    ReportFixtures f = new ReportFixtures(jdbc);
    f.message("in", "telegram:55", "telegram", "2026-03-06T08:00:00Z")
        .alertSent("telegram:55", "sms:+6281555", "sms", "2026-03-07T08:00:00Z");
    reports(1).dashboard(ReportFilter.ALL);
    assertThat(people()).containsExactly("telegram:55 reached 2026-03-07T08:00:00Z sms");
  }

  @Test
  void everyStageIsFedFromItsModulesRecords() {
    ReportFixtures f = new ReportFixtures(jdbc);
    // ana got search results before she consented: her row is keyed by her address until linked
    f.results("whatsapp:+6281111", "whatsapp", "2026-03-02T08:00:00Z");
    ReadModel readModel = readModel(1);
    clock.set(Instant.parse("2026-03-02T08:01:00Z"));
    readModel.refresh();
    assertThat(people()).containsExactly("whatsapp:+6281111 reached 2026-03-02T08:00:00Z whatsapp");

    f.youth("y1", "whatsapp:+6281111", "whatsapp")
        .results("whatsapp:+6281111", "whatsapp", "2026-03-02T08:05:00Z")
        .assessment("whatsapp:+6281111", "readiness", "2026-03-03T08:00:00Z")
        .profileField("y1", "gender", "female", "2026-03-03T09:00:00Z")
        .referral("r1", "garment", "whatsapp:+6281111", "2026-03-04T08:00:00Z")
        .referral("r2", "retail", "whatsapp:+6281111", "2026-03-05T08:00:00Z")
        .training("r1", "enrolled", "2026-03-06T08:00:00Z")
        .training("r1", "completed", "2026-03-20T08:00:00Z")
        .referralStatus("r2", "received", "2026-03-05T09:00:00Z")
        .referralStatus("r2", "interview_scheduled", "2026-03-07T08:00:00Z")
        .referralStatus("r2", "hired", "2026-03-09T08:00:00Z");
    facts.put("y1", new PersonFacts("female", 22, "33.02", true, true));
    // bob: a person of his own, never assessed
    f.results("telegram:7", "telegram", "2026-03-04T08:00:00Z");
    clock.set(Instant.parse("2026-03-20T12:00:00Z"));
    readModel.refresh();

    assertThat(people())
        .containsExactly(
            "telegram:7 reached 2026-03-04T08:00:00Z telegram",
            "y1 reached 2026-03-02T08:00:00Z whatsapp");
    Map<String, Object> y1 =
        jdbc.sql("select * from report_person where person_id = 'y1'").query().singleRow();
    assertThat(y1)
        .containsEntry("gender", "female")
        .containsEntry("age", 22)
        .containsEntry("regency", "33.02")
        .containsEntry("disability", true);
    assertThat(queries.funnel(ReportFilter.ALL))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Stage.REACHED, 2L,
                Stage.ASSESSED, 1L,
                Stage.ELIGIBLE, 1L,
                Stage.ENROLLED, 1L,
                Stage.TRAINED, 1L,
                Stage.REFERRED, 1L,
                Stage.INTERVIEWED, 1L,
                Stage.HIRED, 1L));
    assertThat(at(queries.breakdown(Dimension.PARTNER, ReportFilter.ALL), Stage.REFERRED))
        .isEqualTo(Map.of("garment", 1L, "retail", 1L));
    assertThat(at(queries.breakdown(Dimension.PARTNER, ReportFilter.ALL), Stage.TRAINED))
        .isEqualTo(Map.of("garment", 1L));
    assertThat(queries.funnel(new ReportFilter(null, null, null, "garment")))
        .containsEntry(Stage.TRAINED, 1L)
        .doesNotContainKey(Stage.HIRED);
    assertThat(at(queries.breakdown(Dimension.DISABILITY, ReportFilter.ALL), Stage.HIRED))
        .isEqualTo(Map.of("with disability", 1L));
    assertThat(
            at(
                queries.breakdown(
                    Dimension.AGE_BAND,
                    new ReportFilter(LocalDate.parse("2026-03-16"), null, null, null)),
                Stage.TRAINED))
        .isEqualTo(Map.of("18-24", 1L));

    // reading everything again (new watermarks lost) changes no count
    jdbc.sql("delete from report_watermark").update();
    readModel.refresh();
    assertThat(queries.funnel(ReportFilter.ALL)).containsEntry(Stage.REACHED, 2L);
    assertThat(jdbc.sql("select count(*) from report_partner").query(Long.class).single())
        .isEqualTo(2);
  }

  @Test
  void aForgottenPersonStaysOnlyAsAnAnonymousCount() {
    ReportFixtures f = new ReportFixtures(jdbc);
    f.youth("y1", "whatsapp:+6281111", "whatsapp")
        .results("whatsapp:+6281111", "whatsapp", "2026-03-02T08:00:00Z")
        .referral("r1", "retail", "whatsapp:+6281111", "2026-03-04T08:00:00Z")
        .results("sim:bob", "sim", "2026-03-02T08:00:00Z");
    facts.put("y1", new PersonFacts("female", 22, "33.02", false, false));
    f.profileField("y1", "gender", "female", "2026-03-03T09:00:00Z");
    ReadModel readModel = readModel(1);
    clock.set(Instant.parse("2026-03-05T00:00:00Z"));
    readModel.refresh();

    // the assessment module has deleted the profile and the youth by now
    facts.clear();
    jdbc.sql("delete from profile_field").update();
    jdbc.sql("delete from youth_address").update();
    Instant at = Instant.parse("2026-03-05T00:00:00Z");
    readModel.forget(
        List.of("whatsapp:+6281111"),
        "y1",
        new PersonFacts("female", 22, "33.02", false, false),
        at);
    readModel.forget(List.of("sim:bob"), null, null, at);

    String everything =
        String.join(
            " ",
            jdbc.sql(
                    "select person_id from report_person union all select person_id from"
                        + " report_partner union all select person_id from report_referral"
                        + " union all select address from report_address")
                .query(String.class)
                .list());
    assertThat(everything)
        .doesNotContain("y1")
        .doesNotContain("6281111")
        .doesNotContain("bob")
        .doesNotContain("r1");
    assertThat(queries.funnel(ReportFilter.ALL))
        .containsEntry(Stage.REACHED, 2L)
        .containsEntry(Stage.REFERRED, 1L);
    assertThat(at(queries.breakdown(Dimension.GENDER, ReportFilter.ALL), Stage.REACHED))
        .isEqualTo(Map.of("female", 1L, "not recorded", 1L));
    // a status change about the forgotten referral is not counted (nothing points to the row)
    f.referralStatus("r1", "hired", "2026-03-09T08:00:00Z");
    readModel.refresh();
    assertThat(queries.funnel(ReportFilter.ALL)).doesNotContainKey(Stage.HIRED);
  }

  private List<String> people() {
    return jdbc.sql(
            "select person_id, reached_at, channel from report_person where reached_at is not"
                + " null order by person_id")
        .query(
            (rs, n) ->
                rs.getString(1)
                    + " reached "
                    + rs.getTimestamp(2).toInstant()
                    + " "
                    + rs.getString(3))
        .list();
  }
}
