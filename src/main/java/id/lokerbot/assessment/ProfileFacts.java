package id.lokerbot.assessment;

import java.util.List;

/**
 * The answers of a person's stored profile that other modules may use to check a requirement (a
 * vacancy's age limit, education, place). Never income nor functioning answers: those stay in the
 * person's own chat.
 */
public interface ProfileFacts {

  /** The profile fields this interface reads and {@link ProfileFactGiven} may set. */
  List<String> FIELDS = List.of("birthYear", "regency", "education");

  /** What the person's profile holds; {@link Facts#NONE} without consent or answers. */
  Facts of(String address);

  /**
   * @param birthYear as the profile keeps an age, so it stays right as years pass
   * @param regency Kemendagri code ({@code 33.04})
   * @param education code ({@code sd}, {@code smp}, {@code sma}, {@code diploma}, {@code s1},
   *     {@code none})
   */
  record Facts(Integer birthYear, String regency, String education) {
    public static final Facts NONE = new Facts(null, null, null);
  }
}
