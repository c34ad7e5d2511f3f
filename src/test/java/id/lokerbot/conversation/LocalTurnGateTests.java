package id.lokerbot.conversation;

import id.lokerbot.MutableClock;

class LocalTurnGateTests extends TurnGateContractTests {

  private final DialogueStateStore states =
      new CaffeineDialogueStateStore(MemoryStoresConfig.ticker(clock), 1000);

  @Override
  TurnGate gate(MutableClock clock, int limit) {
    return new LocalTurnGate(
        new CaffeineRateLimiter(clock, MemoryStoresConfig.ticker(clock), limit),
        new LocalTurnLock(),
        states);
  }

  @Override
  DialogueStateStore states() {
    return states;
  }
}
