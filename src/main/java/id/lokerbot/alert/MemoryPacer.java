package id.lokerbot.alert;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Permits counted in this process: right for one node ({@code lokerbot.store=memory}). */
final class MemoryPacer implements Pacer {

  private record Used(long window, int count) {}

  private final Map<String, Used> used = new HashMap<>();

  @Override
  public synchronized int take(String sender, double rate, int wanted, Instant now) {
    Window w = Window.of(rate, now);
    Used u = used.get(sender);
    int count = u == null || u.window() != w.number() ? 0 : u.count();
    int granted = Math.max(0, Math.min(wanted, w.permits() - count));
    used.put(sender, new Used(w.number(), count + granted));
    return granted;
  }

  @Override
  public synchronized void giveBack(String sender, double rate, int unused, Instant now) {
    Window w = Window.of(rate, now);
    Used u = used.get(sender);
    if (unused > 0 && u != null && u.window() == w.number()) {
      used.put(sender, new Used(w.number(), Math.max(0, u.count() - unused)));
    }
  }
}
