package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.assessment.chat.Profiles;
import id.lokerbot.channel.AddressesLinked;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.youth.Youth;
import id.lokerbot.youth.Youths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** Linked addresses become one person in the records, whichever way they were linked. */
@SpringBootTest
@Import(TestClockConfig.class)
class LinkingTests {

  @Autowired Conversations conversations;
  @Autowired Youths youths;
  @Autowired Profiles profiles;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  private String chat(String address, String... texts) {
    return String.join("\n", new ChatDriver(conversations, clock).say(address, texts));
  }

  @Test
  void aCodeTypedOnTheOtherPhoneMakesTwoPeopleOne() throws Exception {
    String telegram = "telegram:880101";
    String whatsapp = "whatsapp:+6281234500101";
    chat(telegram, "halo", "1", "ya", "profil", "1", "Tini", "menu");
    chat(whatsapp, "halo", "1", "ya", "profil", "1", "Tina", "2003", "menu");
    String tini = ChatDriver.person(youths, telegram);
    String tina = ChatDriver.person(youths, whatsapp);
    // answers are kept after the turn: both must be in before the link, or the merge races them
    assertThat(ChatDriver.eventually(() -> profiles.view(whatsapp).containsKey("birthYear")))
        .isTrue();
    assertThat(ChatDriver.eventually(() -> profiles.view(telegram).containsKey("nickname")))
        .isTrue();
    assertThat(tini).isNotEqualTo(tina);

    Matcher code = Pattern.compile("\\b\\d{6}\\b").matcher(chat(telegram, "hubungkan", "1"));
    assertThat(code.find()).isTrue();
    assertThat(chat(whatsapp, "hubungkan", code.group())).contains("terhubung");

    // One person: Telegram's (who asked for the code), with the answers only WhatsApp had.
    assertThat(ChatDriver.eventually(() -> youths.find(tina).isEmpty())).isTrue();
    assertThat(youths.addresses(tini)).containsExactlyInAnyOrder(telegram, whatsapp);
    assertThat(profiles.view(whatsapp))
        .containsEntry("nickname", "Tini")
        .containsEntry("birthYear", "2003")
        .isEqualTo(profiles.view(telegram));

    // A code works once.
    assertThat(chat("sim:link-stranger", "halo", "1", "tidak", "hubungkan", code.group()))
        .contains("tidak cocok");
  }

  @Test
  void aPhoneNumberSharedOnTelegramJoinsThePerson() throws Exception {
    String telegram = "telegram:880102";
    chat(telegram, "halo", "1", "ya");
    String person = ChatDriver.person(youths, telegram);
    transaction.executeWithoutResult(
        t ->
            events.publishEvent(
                new AddressesLinked(
                    telegram,
                    List.of("whatsapp:+6281234500102", "sms:+6281234500102"),
                    clock.instant())));
    assertThat(ChatDriver.eventually(() -> youths.addresses(person).size() == 3)).isTrue();
    assertThat(youths.findByAddress("sms:+6281234500102").map(Youth::id)).contains(person);
  }
}
