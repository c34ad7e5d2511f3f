package id.lokerbot.conversation;

import java.util.function.Supplier;

/**
 * One turn at a time per address: a second message from the same person waits for the first to
 * finish instead of running beside it.
 */
interface TurnLock {

  <T> T withLock(String address, Supplier<T> turn);
}
