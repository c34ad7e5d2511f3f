package id.lokerbot.content;

import java.util.List;

/** Content that failed validation; the message lists every problem with its file and path. */
public class InvalidContentException extends RuntimeException {

  private final List<String> problems;

  public InvalidContentException(List<String> problems) {
    super("content is invalid:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
