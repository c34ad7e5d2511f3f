package id.lokerbot.assessment;

import id.lokerbot.channel.Addresses;
import id.lokerbot.channel.AddressesLinked;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes linked addresses one person (a Telegram user shared their own number; a person typed the
 * HUBUNGKAN code from their other phone). The person of the address that confirmed it keeps their
 * id; a linked address of nobody yet joins them; a linked address of another person merges that
 * person in (addresses, consents, and the profile answers the first person does not have). When no
 * address belongs to a person (nobody agreed that we keep data), nothing is recorded.
 */
@Component
class LinkedAddresses {

  private static final Logger log = LoggerFactory.getLogger(LinkedAddresses.class);

  private final People people;
  private final JdbcClient jdbc;

  LinkedAddresses(People people, JdbcClient jdbc) {
    this.people = people;
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(AddressesLinked event) {
    List<String> all = new ArrayList<>();
    all.add(event.address());
    event.linked().stream().filter(a -> !all.contains(a)).forEach(all::add);
    Optional<String> person =
        all.stream().map(people::personOf).flatMap(Optional::stream).findFirst();
    if (person.isEmpty()) {
      log.info(
          "{} linked addresses without consent: nothing kept", Addresses.masked(event.address()));
      return;
    }
    String into = person.get();
    for (String address : all) {
      Optional<String> other = people.personOf(address);
      if (other.isEmpty()) {
        people.link(into, address, event.at());
      } else if (!other.get().equals(into)) {
        mergeProfile(other.get(), into);
        people.merge(other.get(), into);
      }
    }
  }

  /** The answers of {@code from} that {@code into} does not have move; the rest go. */
  private void mergeProfile(String from, String into) {
    jdbc.sql(
            "update profile_field set youth_id = ? where youth_id = ? and field not in"
                + " (select field from profile_field where youth_id = ?)")
        .params(into, from, into)
        .update();
    jdbc.sql("delete from profile_field where youth_id = ?").param(from).update();
  }
}
