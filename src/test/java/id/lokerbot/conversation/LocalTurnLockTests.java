package id.lokerbot.conversation;

class LocalTurnLockTests extends TurnLockContractTests {

  private final LocalTurnLock lock = new LocalTurnLock();

  @Override
  TurnLock lock() {
    return lock;
  }
}
