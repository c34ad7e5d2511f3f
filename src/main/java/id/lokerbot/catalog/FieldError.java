package id.lokerbot.catalog;

/**
 * One thing wrong with a submitted record.
 *
 * @param field the field name as submitted ({@code minAge}), or {@code *} for the whole record
 * @param message what is wrong, in plain English for staff
 */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
