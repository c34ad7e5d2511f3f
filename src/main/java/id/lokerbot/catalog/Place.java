package id.lokerbot.catalog;

import java.util.List;

/**
 * A place a person named: one regency, or several when the name is shared ("semarang" is both the
 * regency and the city).
 *
 * @param codes Kemendagri codes
 * @param name how to show it ("Demak", "Semarang")
 */
public record Place(List<String> codes, String name) {

  public Place {
    codes = List.copyOf(codes);
  }

  /** The codes as one saved value ({@code 33.22+33.74}). */
  public String value() {
    return String.join("+", codes);
  }

  public static List<String> codesOf(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value.split("\\+"));
  }
}
