package id.lokerbot.referral;

import id.lokerbot.channel.ChannelSender;
import id.lokerbot.channel.OutboundMessage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Shared pieces of the referral tests. */
final class ReferralTestSupport {

  private ReferralTestSupport() {}

  static final String RETAIL = "sample-retail";
  static final String GARMENT = "sample-garment-training";

  /** A full candidate, more than any partner receives. */
  static Candidate sari() {
    return new Candidate(
        "Sari",
        21,
        "Kabupaten Banyumas",
        "SMA / SMK / sederajat",
        "+6281200000001",
        "Siap bekerja shift dan terbiasa melayani pembeli.",
        "Butuh meja kerja yang bisa disesuaikan tingginya.");
  }

  static ReferralRequested request(String partner, String address) {
    return new ReferralRequested(
        UUID.randomUUID().toString(),
        address,
        "id",
        partner,
        "sample-v-0006",
        "Crew Store (Pramuniaga)",
        sari(),
        EnumSet.allOf(SharedField.class),
        Instant.parse("2026-11-28T02:00:00Z"));
  }

  /** Catches messages to {@code sim:} addresses, which have no real sender. */
  static final class SimInbox implements ChannelSender {
    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public String scheme() {
      return "sim";
    }

    @Override
    public void send(OutboundMessage message) {
      sent.add(message);
    }

    List<String> textsTo(String address) {
      return sent.stream()
          .filter(m -> m.address().equals(address))
          .map(OutboundMessage::text)
          .toList();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class SimInboxConfig {
    @Bean
    SimInbox simInbox() {
      return new SimInbox();
    }
  }
}
