package id.lokerbot.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputRuleTests {

  static final int YEAR = 2026;
  static final Input.Rule AGE = new Input.Rule("number", 14, 80, null);
  static final Input.Rule AGE_OR_BIRTH_YEAR = new Input.Rule("age", 13, 99, null);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "21 | 21",
        " 21 | 21",
        "21 thn | 21",
        "21 tahun | 21",
        "umur saya 21 | 21",
        "2 1 | 21"
      })
  void aNumberAmongWords(String text, String saved) {
    assertThat(AGE.accepted(text, YEAR)).isEqualTo(saved);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"dua puluh", "21/22", "umur 21 atau 22", "O812 3456 7890", "12", "81 tahun", "x"})
  void noneOrSeveralOrOutOfRange(String text) {
    assertThat(AGE.accepted(text, YEAR)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.000", "1 000", "1000"})
  void groupedDigitsAreOneNumber(String text) {
    assertThat(new Input.Rule("number", 0, 5000, null).accepted(text, YEAR)).isEqualTo("1000");
  }

  /** The profile's age: years, or the year of birth of someone 13 to 99 this year. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"21 | 21", "21 tahun | 21", "2005 | 2005", "lahir tahun 2005 | 2005", "1927 | 1927"})
  void anAgeOrABirthYear(String text, String saved) {
    assertThat(AGE_OR_BIRTH_YEAR.accepted(text, YEAR)).isEqualTo(saved);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12", "100", "150", "1900", "1926", "2014", "2026", "tua"})
  void neitherAnAgeNorABirthYear(String text) {
    assertThat(AGE_OR_BIRTH_YEAR.accepted(text, YEAR)).isNull();
  }
}
