package id.lokerbot.conversation.engine;

/**
 * What a node wants after it ran: go to another node, or wait for the person's answer.
 *
 * @param target node reference ({@code node} or {@code flow:node}) to go to; null to wait
 */
public record Step(String target) {

  private static final Step WAIT = new Step(null);

  public static Step go(String target) {
    return new Step(target);
  }

  public static Step waitForAnswer() {
    return WAIT;
  }

  public boolean waits() {
    return target == null;
  }
}
