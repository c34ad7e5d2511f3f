package id.lokerbot.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alerts: subscriptions, matching and delivery.
 *
 * @param zone the local time zone for quiet hours, daily caps and digest hours (Asia/Jakarta, WIB)
 * @param quietFrom no alerts from this local time ... (default 21:00)
 * @param quietUntil ... until this local time; deferred alerts go out then (default 07:00)
 * @param dailyCap the most alerts one person gets on one local day; the rest wait for their next
 *     digest (default 3)
 * @param digestSize how many offers a digest lists (default 5)
 * @param weeklyDigestDay the day weekly digests go out (default MONDAY)
 * @param defaultDigestHour the digest hour for people who did not choose one, also where instant
 *     alerts over the cap are rolled (default 18)
 * @param maxKeywords the most keywords a subscription keeps (default 3)
 * @param smsPerSecond SMS alerts per second, paced to the Twilio sender's limit; for all nodes
 *     together when {@code lokerbot.store=redis}, per node otherwise (default 1, a long code's
 *     rate)
 * @param whatsappPerSecond WhatsApp alerts per second; paced like SMS (default 10)
 * @param telegramPerSecond Telegram alerts per second; paced like SMS, below Telegram's 30/s so
 *     replies still go out (default 25)
 * @param otherPerSecond alerts per second on any other channel (default 5)
 * @param workerInterval how often the delivery worker looks for due alerts (default 500ms)
 * @param batchSize rows a worker claims per look and channel at most (default 200)
 * @param lease a row still "sending" this long after it was claimed was interrupted (the node
 *     stopped mid-send): it is marked "unsure" and not sent again, so nobody gets it twice (default
 *     10m)
 * @param indexDir where the subscription index lives: a folder, or {@code memory}; derived from the
 *     table: rebuilt from it at start when missing, caught up when present (default memory; a
 *     folder such as data/alert-index makes restarts with many subscriptions faster)
 * @param catchUpInterval how often each node reads subscription changes made on other nodes
 *     (default 5s)
 * @param unsubscribeSecret signs unsubscribe links; env {@code LOKERBOT_ALERT_UNSUBSCRIBE_SECRET};
 *     empty = a random secret per start (links stop working after a restart; a WARN says so)
 * @param stopHint how an SMS says to stop besides the link, e.g. "balas BERHENTI di WA 0812...";
 *     empty = only the link
 * @param worker whether this node sends alerts (default true)
 */
@ConfigurationProperties("lokerbot.alert")
record AlertProperties(
    @DefaultValue("Asia/Jakarta") ZoneId zone,
    @DefaultValue("21:00") LocalTime quietFrom,
    @DefaultValue("07:00") LocalTime quietUntil,
    @DefaultValue("3") int dailyCap,
    @DefaultValue("5") int digestSize,
    @DefaultValue("MONDAY") DayOfWeek weeklyDigestDay,
    @DefaultValue("18") int defaultDigestHour,
    @DefaultValue("3") int maxKeywords,
    @DefaultValue("1") double smsPerSecond,
    @DefaultValue("10") double whatsappPerSecond,
    @DefaultValue("25") double telegramPerSecond,
    @DefaultValue("5") double otherPerSecond,
    @DefaultValue("500ms") Duration workerInterval,
    @DefaultValue("200") int batchSize,
    @DefaultValue("10m") Duration lease,
    @DefaultValue("memory") String indexDir,
    @DefaultValue("5s") Duration catchUpInterval,
    @DefaultValue("") String unsubscribeSecret,
    @DefaultValue("") String stopHint,
    @DefaultValue("true") boolean worker) {

  AlertProperties {
    if (dailyCap < 1) {
      throw new IllegalArgumentException("lokerbot.alert.daily-cap must be at least 1");
    }
    if (defaultDigestHour < 0 || defaultDigestHour > 23) {
      throw new IllegalArgumentException("lokerbot.alert.default-digest-hour must be 0..23");
    }
  }

  double rate(String channel) {
    return switch (channel) {
      case "sms" -> smsPerSecond;
      case "whatsapp" -> whatsappPerSecond;
      case "telegram" -> telegramPerSecond;
      default -> otherPerSecond;
    };
  }
}
