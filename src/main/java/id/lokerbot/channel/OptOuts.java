package id.lokerbot.channel;

/** Which addresses asked for no unsolicited messages. Durable: it outlives dialogue state. */
public interface OptOuts {

  boolean isStopped(String address);

  void stop(String address, String reason);

  void resume(String address);
}
