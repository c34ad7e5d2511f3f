package id.lokerbot.alert;

import java.util.List;

/**
 * A place a person named for their alerts: one regency or several sharing a name.
 *
 * @param codes Kemendagri codes
 * @param name how to show it
 */
public record Area(List<String> codes, String name) {

  public Area {
    codes = List.copyOf(codes);
  }
}
