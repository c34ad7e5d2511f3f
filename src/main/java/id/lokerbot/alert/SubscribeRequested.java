package id.lokerbot.alert;

import java.time.Instant;
import java.util.List;

/**
 * A person asked for alerts (published by the chat after the dialogue state is saved).
 *
 * @param owner the chat address they asked from
 * @param regencies Kemendagri codes; empty = anywhere
 * @param sectors KBLI section letters; empty = any kind of work
 * @param keywords what they typed (at most a few words), empty for none; canonicalised here
 * @param deliverTo where alerts go: {@code sms:+62…}, {@code whatsapp:+62…}, {@code telegram:…}
 * @param frequency instant, daily or weekly
 * @param digestHour local hour for digests (0..23)
 * @param language the language alerts are written in
 * @param at when they confirmed
 */
public record SubscribeRequested(
    String owner,
    List<String> regencies,
    List<String> sectors,
    String keywords,
    String deliverTo,
    Frequency frequency,
    int digestHour,
    String language,
    Instant at) {

  public SubscribeRequested {
    regencies = List.copyOf(regencies);
    sectors = List.copyOf(sectors);
    keywords = keywords == null ? "" : keywords.strip();
  }
}
