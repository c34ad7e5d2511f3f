package id.lokerbot.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vacancy and training rows, in plain SQL that runs on PostgreSQL and H2. */
@Repository
class CatalogRepository {

  private static final String VACANCY_COLUMNS =
      "id, partner, title, description, sector, occupation, regency, address, min_age, max_age,"
          + " min_education, gender_neutral, disability_flags, accommodations, salary_min,"
          + " salary_max, employment_type, openings, apply_via, apply_how, posted_on, closes_on,"
          + " status, sample, updated_at";
  private static final String TRAINING_COLUMNS =
      "id, provider, title, description, sector, regency, address, starts_on, duration_days, free,"
          + " cost, seats, eligibility, min_age, max_age, min_education, leads_to,"
          + " disability_flags, accommodations, posted_on, closes_on, status, sample, updated_at";

  /** Count and newest change of a table: enough to tell whether the index is behind. */
  record State(long count, Instant maxUpdatedAt) {
    @Override
    public String toString() {
      return count + "@" + (maxUpdatedAt == null ? "-" : maxUpdatedAt.toEpochMilli());
    }
  }

  private final JdbcClient jdbc;

  CatalogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---------------------------------------------------------------- vacancies

  Optional<Vacancy> vacancy(String id) {
    return jdbc.sql("select " + VACANCY_COLUMNS + " from vacancy where id = ?")
        .param(id)
        .query(CatalogRepository::vacancy)
        .optional();
  }

  /** Inserts or replaces; returns true when the row is new. */
  boolean save(Vacancy v, boolean sample) {
    boolean exists =
        jdbc.sql("select count(*) from vacancy where id = ?")
                .param(v.id())
                .query(Long.class)
                .single()
            > 0;
    List<Object> values =
        Arrays.asList(
            v.partner(),
            v.title(),
            v.description(),
            v.sector(),
            v.occupation(),
            v.regency(),
            v.address(),
            v.minAge(),
            v.maxAge(),
            v.minEducation(),
            v.genderNeutral(),
            String.join(",", v.disabilityFlags()),
            v.accommodations(),
            v.salaryMin(),
            v.salaryMax(),
            v.employmentType(),
            v.openings(),
            v.applyVia(),
            v.applyHow(),
            v.postedOn(),
            v.closesOn(),
            v.status(),
            sample,
            Timestamp.from(v.updatedAt()),
            v.id());
    if (exists) {
      jdbc.sql(
              "update vacancy set partner = ?, title = ?, description = ?, sector = ?,"
                  + " occupation = ?, regency = ?, address = ?, min_age = ?, max_age = ?,"
                  + " min_education = ?, gender_neutral = ?, disability_flags = ?,"
                  + " accommodations = ?, salary_min = ?, salary_max = ?, employment_type = ?,"
                  + " openings = ?, apply_via = ?, apply_how = ?, posted_on = ?, closes_on = ?,"
                  + " status = ?, sample = ?, updated_at = ? where id = ?")
          .params(values)
          .update();
    } else {
      jdbc.sql(
              "insert into vacancy (partner, title, description, sector, occupation, regency,"
                  + " address, min_age, max_age, min_education, gender_neutral, disability_flags,"
                  + " accommodations, salary_min, salary_max, employment_type, openings,"
                  + " apply_via, apply_how, posted_on, closes_on, status, sample, updated_at, id)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?)")
          .params(values)
          .update();
    }
    return !exists;
  }

  void eachVacancy(Instant changedSince, Consumer<Vacancy> each) {
    jdbc.sql(
            "select "
                + VACANCY_COLUMNS
                + " from vacancy where updated_at >= ? order by updated_at, id")
        .param(Timestamp.from(changedSince == null ? Instant.EPOCH : changedSince))
        .query(
            (ResultSet rs) -> {
              each.accept(vacancy(rs, 0));
            });
  }

  State vacancyState() {
    return state("vacancy");
  }

  // ---------------------------------------------------------------- trainings

  Optional<Training> training(String id) {
    return jdbc.sql("select " + TRAINING_COLUMNS + " from training where id = ?")
        .param(id)
        .query(CatalogRepository::training)
        .optional();
  }

  boolean save(Training t, boolean sample) {
    boolean exists =
        jdbc.sql("select count(*) from training where id = ?")
                .param(t.id())
                .query(Long.class)
                .single()
            > 0;
    List<Object> values =
        Arrays.asList(
            t.provider(),
            t.title(),
            t.description(),
            t.sector(),
            t.regency(),
            t.address(),
            t.startsOn(),
            t.durationDays(),
            t.free(),
            t.cost(),
            t.seats(),
            t.eligibility(),
            t.minAge(),
            t.maxAge(),
            t.minEducation(),
            t.leadsTo(),
            String.join(",", t.disabilityFlags()),
            t.accommodations(),
            t.postedOn(),
            t.closesOn(),
            t.status(),
            sample,
            Timestamp.from(t.updatedAt()),
            t.id());
    if (exists) {
      jdbc.sql(
              "update training set provider = ?, title = ?, description = ?, sector = ?,"
                  + " regency = ?, address = ?, starts_on = ?, duration_days = ?, free = ?,"
                  + " cost = ?, seats = ?, eligibility = ?, min_age = ?, max_age = ?,"
                  + " min_education = ?, leads_to = ?, disability_flags = ?, accommodations = ?,"
                  + " posted_on = ?, closes_on = ?, status = ?, sample = ?, updated_at = ?"
                  + " where id = ?")
          .params(values)
          .update();
    } else {
      jdbc.sql(
              "insert into training (provider, title, description, sector, regency, address,"
                  + " starts_on, duration_days, free, cost, seats, eligibility, min_age, max_age,"
                  + " min_education, leads_to, disability_flags, accommodations, posted_on,"
                  + " closes_on, status, sample, updated_at, id)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?)")
          .params(values)
          .update();
    }
    return !exists;
  }

  void eachTraining(Instant changedSince, Consumer<Training> each) {
    jdbc.sql(
            "select "
                + TRAINING_COLUMNS
                + " from training where updated_at >= ? order by updated_at, id")
        .param(Timestamp.from(changedSince == null ? Instant.EPOCH : changedSince))
        .query(
            (ResultSet rs) -> {
              each.accept(training(rs, 0));
            });
  }

  State trainingState() {
    return state("training");
  }

  // ---------------------------------------------------------------- mapping

  private State state(String table) {
    return jdbc.sql("select count(*), max(updated_at) from " + table)
        .query(
            (rs, n) -> {
              Timestamp max = rs.getTimestamp(2);
              return new State(rs.getLong(1), max == null ? null : max.toInstant());
            })
        .single();
  }

  private static Vacancy vacancy(ResultSet rs, int row) throws SQLException {
    return new Vacancy(
        rs.getString("id"),
        rs.getString("partner"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("sector"),
        rs.getString("occupation"),
        rs.getString("regency"),
        rs.getString("address"),
        integer(rs, "min_age"),
        integer(rs, "max_age"),
        rs.getString("min_education"),
        rs.getBoolean("gender_neutral"),
        flags(rs.getString("disability_flags")),
        rs.getString("accommodations"),
        longValue(rs, "salary_min"),
        longValue(rs, "salary_max"),
        rs.getString("employment_type"),
        rs.getInt("openings"),
        rs.getString("apply_via"),
        rs.getString("apply_how"),
        rs.getObject("posted_on", LocalDate.class),
        rs.getObject("closes_on", LocalDate.class),
        rs.getString("status"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static Training training(ResultSet rs, int row) throws SQLException {
    return new Training(
        rs.getString("id"),
        rs.getString("provider"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("sector"),
        rs.getString("regency"),
        rs.getString("address"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getInt("duration_days"),
        rs.getBoolean("free"),
        longValue(rs, "cost"),
        rs.getInt("seats"),
        rs.getString("eligibility"),
        integer(rs, "min_age"),
        integer(rs, "max_age"),
        rs.getString("min_education"),
        rs.getString("leads_to"),
        flags(rs.getString("disability_flags")),
        rs.getString("accommodations"),
        rs.getObject("posted_on", LocalDate.class),
        rs.getObject("closes_on", LocalDate.class),
        rs.getString("status"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> flags(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.split(","));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static Long longValue(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
