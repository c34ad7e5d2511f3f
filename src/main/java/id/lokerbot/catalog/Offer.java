package id.lokerbot.catalog;

/**
 * One offer with the names needed to show it. Exactly one of {@code vacancy} and {@code training}
 * is set.
 *
 * @param open false when it has closed or its closing date has passed
 */
public record Offer(
    Kind kind,
    Vacancy vacancy,
    Training training,
    String regencyName,
    String sectorNameId,
    String sectorNameEn,
    String educationNameId,
    String educationNameEn,
    boolean open) {

  public String id() {
    return kind == Kind.VACANCY ? vacancy.id() : training.id();
  }

  public String title() {
    return kind == Kind.VACANCY ? vacancy.title() : training.title();
  }
}
