package id.lokerbot.assessment;

import id.lokerbot.assessment.chat.DataDeletionRequested;
import id.lokerbot.assessment.chat.ProfileAnswered;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.channel.AddressRecords;
import id.lokerbot.channel.Addresses;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;

/**
 * Profile answers in {@code profile_field}, by youth id, and deletion of everything a person asked
 * us to forget (keeping only anonymous counts).
 */
@Repository
class JdbcProfiles implements Profiles.Store, ProfileFacts {

  private static final Logger log = LoggerFactory.getLogger(JdbcProfiles.class);

  private final JdbcClient jdbc;
  private final People people;
  private final ProgrammeReport report;
  private final AddressRecords channels;
  private final ApplicationEventPublisher events;

  JdbcProfiles(
      JdbcClient jdbc,
      People people,
      ProgrammeReport report,
      AddressRecords channels,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.people = people;
    this.report = report;
    this.channels = channels;
    this.events = events;
  }

  @Override
  public Map<String, String> fields(String address) {
    return people.personOf(address).map(this::fieldsOf).orElse(Map.of());
  }

  @Override
  public Facts of(String address) {
    Map<String, String> f = fields(address);
    if (f.isEmpty()) {
      return Facts.NONE;
    }
    Integer birthYear = null;
    try {
      birthYear = f.get("birthYear") == null ? null : Integer.valueOf(f.get("birthYear"));
    } catch (NumberFormatException e) {
      // an unreadable year counts as unanswered
    }
    return new Facts(birthYear, f.get("regency"), f.get("education"));
  }

  Map<String, String> fieldsOf(String personId) {
    Map<String, String> fields = new LinkedHashMap<>();
    jdbc.sql("select field, answer from profile_field where youth_id = ?")
        .param(personId)
        .query(
            rs -> {
              fields.put(rs.getString("field"), rs.getString("answer"));
            });
    return fields;
  }

  @ApplicationModuleListener
  void on(ProfileAnswered event) throws InterruptedException {
    keep(event.address(), event.field(), event.value(), event.at());
  }

  /** An age, education or regency given while applying for a vacancy. */
  @ApplicationModuleListener
  void on(ProfileFactGiven event) throws InterruptedException {
    if (!ProfileFacts.FIELDS.contains(event.field())) {
      log.warn("profile fact '{}' is not one other modules may set: not kept", event.field());
      return;
    }
    keep(event.address(), event.field(), event.value(), event.at());
  }

  private void keep(String address, String field, String value, Instant at)
      throws InterruptedException {
    Optional<String> person = personEventually(address);
    if (person.isEmpty()) {
      log.warn(
          "profile answer from {} without a consenting person: not kept",
          Addresses.masked(address));
      return;
    }
    jdbc.sql("delete from profile_field where youth_id = ? and field = ?")
        .params(person.get(), field)
        .update();
    jdbc.sql("insert into profile_field (youth_id, field, answer, updated_at) values (?, ?, ?, ?)")
        .params(person.get(), field, value, Timestamp.from(at))
        .update();
  }

  @ApplicationModuleListener
  void on(DataDeletionRequested event) {
    Optional<String> person = people.personOf(event.address());
    List<String> addresses =
        person.map(people::addresses).filter(a -> !a.isEmpty()).orElse(List.of(event.address()));
    report.tallyBeforeDeletion(person.orElse(null), addresses);
    PersonFacts facts = person.flatMap(report::of).orElse(null);
    for (String address : addresses) {
      jdbc.sql("delete from assessment_result where address = ?").param(address).update();
      channels.forget(address); // message log rows; a stop record stays, hashed
      people.forgetLinkCodes(address);
    }
    person.ifPresent(
        id -> {
          jdbc.sql("delete from profile_field where youth_id = ?").param(id).update();
          people.forget(id);
        });
    events.publishEvent(
        new PersonForgotten(addresses, event.address(), event.at(), person.orElse(null), facts));
    log.info("deleted the data of {} on request", Addresses.masked(event.address()));
  }

  /**
   * The consent answer that creates the person is handled by another listener of the same turn's
   * events, possibly a moment later: wait briefly for it.
   */
  private Optional<String> personEventually(String address) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      Optional<String> person = people.personOf(address);
      if (person.isPresent()) {
        return person;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }
}
