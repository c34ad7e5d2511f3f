package id.lokerbot.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputRuleTests {

  static final Input.Rule AGE = new Input.Rule("number", 14, 80, null);

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
    assertThat(AGE.accepts(text)).isTrue();
    assertThat(AGE.normalise(text)).isEqualTo(saved);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"dua puluh", "21/22", "umur 21 atau 22", "O812 3456 7890", "12", "81 tahun", "x"})
  void noneOrSeveralOrOutOfRange(String text) {
    assertThat(AGE.accepts(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.000", "1 000", "1000"})
  void groupedDigitsAreOneNumber(String text) {
    assertThat(new Input.Rule("number", 0, 5000, null).normalise(text)).isEqualTo("1000");
  }
}
