package id.lokerbot.channel.telegram;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code lokerbot.send.queue.size{channel=telegram}}: messages waiting in the in-memory per-chat
 * queues; and {@code lokerbot.messages{direction=out,channel=telegram,status}} counted by the
 * sender (sent, retried, blocked, rejected, dropped).
 */
@Component
class TelegramMetrics implements MeterBinder {

  private final ObjectProvider<TelegramSender> sender;

  TelegramMetrics(ObjectProvider<TelegramSender> sender) {
    this.sender = sender;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(
            "lokerbot.send.queue.size",
            sender,
            s -> {
              TelegramSender available = s.getIfAvailable();
              return available == null ? 0 : available.queued();
            })
        .description("Messages waiting to be sent")
        .tag("channel", "telegram")
        .register(registry);
  }

  static void sent(String status) {
    Metrics.counter(
            "lokerbot.messages", "direction", "out", "channel", "telegram", "status", status)
        .increment();
  }
}
