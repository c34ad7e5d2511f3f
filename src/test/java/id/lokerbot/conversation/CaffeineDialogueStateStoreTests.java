package id.lokerbot.conversation;

import id.lokerbot.MutableClock;
import java.time.Duration;

class CaffeineDialogueStateStoreTests extends DialogueStateStoreContractTests {

  private final MutableClock clock = MutableClock.at("2026-11-28T02:00:00Z");
  private final DialogueStateStore store =
      new CaffeineDialogueStateStore(MemoryStoresConfig.ticker(clock), 1000);

  @Override
  DialogueStateStore store() {
    return store;
  }

  @Override
  void elapse(Duration duration) {
    clock.advance(duration);
  }
}
