package id.lokerbot.content;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with content, each as {@code file:path: what is wrong}. */
public final class Problems {

  private final List<String> found = new ArrayList<>();

  /** Records one problem at a place in a file ({@code path} like {@code nodes[2].next}). */
  public void add(String file, String path, String message) {
    found.add(file + ":" + path + ": " + message);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<String> list() {
    return List.copyOf(found);
  }
}
