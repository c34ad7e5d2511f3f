package id.lokerbot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.channel.Choice;
import id.lokerbot.channel.OutboundMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Where people can answer SMS: long replies go out page by page, the next one on "9". */
@TestPropertySource(properties = "lokerbot.twilio.sms-two-way=true")
class TwilioTwoWaySmsTests extends TwilioTestSupport {

  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private static final AtomicInteger SIDS = new AtomicInteger();

  @Autowired TwilioOutbox outbox;

  private String number;
  private String address;

  @BeforeEach
  void freshNumber() {
    number = "+62813400%05d".formatted(NUMBERS.incrementAndGet());
    address = "sms:" + number;
    acceptEverything();
  }

  private static final String LONG =
      "Lowongan operator produksi di Kendal, shift pagi, gaji UMK, BPJS, mess gratis. ".repeat(8);

  private Map<String, String> sms(String body) {
    Map<String, String> p = new LinkedHashMap<>();
    String sid = "SM9%031d".formatted(SIDS.incrementAndGet());
    p.put("MessageSid", sid);
    p.put("SmsSid", sid);
    p.put("AccountSid", ACCOUNT);
    p.put("From", number);
    p.put("To", "+15005550006");
    p.put("Body", body);
    p.put("NumMedia", "0");
    return p;
  }

  private List<String> bodies() {
    assertThat(outbox.awaitIdle(Duration.ofSeconds(10))).isTrue();
    return sentMessages().stream().map(m -> m.get("Body")).toList();
  }

  @Test
  void aLongReplyIsPagedAndNineSendsTheNextPageNotAMenuChoice() throws Exception {
    outbox.send(
        new OutboundMessage(
            address,
            LONG,
            List.of(new Choice("1", "Daftar"), new Choice("9", "Menu utama")),
            null,
            "id"));
    List<String> first = bodies();
    assertThat(first).hasSize(1);
    String page1 = first.get(0);
    assertThat(page1).endsWith("\nbalas 9 untuk lanjut").startsWith("Lowongan operator");
    assertThat(SmsText.count(page1).segments()).isLessThanOrEqualTo(2);
    // cut at a word boundary: the page's text ends with a whole word of the message
    String text = page1.substring(0, page1.lastIndexOf('\n'));
    assertThat(LONG).contains(text + " ");

    String last = null;
    for (int page = 2; page < 10; page++) {
      assertThat(postSigned("/webhooks/twilio", sms("9")).statusCode()).isEqualTo(200);
      List<String> all = bodies();
      assertThat(all).hasSize(page);
      last = all.get(page - 1);
      assertThat(SmsText.count(last).segments()).isLessThanOrEqualTo(2);
      if (!last.endsWith("balas 9 untuk lanjut")) {
        break;
      }
    }
    assertThat(last).endsWith("\n1. Daftar\n9. Menu utama");
    int pages = bodies().size();
    assertThat(pages).isGreaterThan(2);

    // nothing waits any more: now 9 is an answer for the conversation (which greets a newcomer)
    postSigned("/webhooks/twilio", sms("9"));
    List<String> after = bodies();
    assertThat(after.size()).isGreaterThan(pages);
    assertThat(after.get(pages)).contains("Lokerbot");
  }

  @Test
  void anythingElseDropsTheWaitingPages() throws Exception {
    outbox.send(new OutboundMessage(address, LONG, List.of(), null, "en"));
    assertThat(bodies()).singleElement().asString().endsWith("\nreply 9 for more");

    postSigned("/webhooks/twilio", sms("halo"));
    int afterHalo = bodies().size();
    postSigned("/webhooks/twilio", sms("9"));
    List<String> all = bodies();
    assertThat(all.subList(afterHalo, all.size()))
        .isNotEmpty()
        .noneSatisfy(b -> assertThat(LONG).contains(b.substring(0, Math.min(30, b.length()))));
  }

  @Test
  void aShortReplyIsOnePageWithoutTheHint() {
    outbox.send(new OutboundMessage(address, "Terima kasih!", List.of(), null, "id"));
    assertThat(bodies()).containsExactly("Terima kasih!");
  }
}
