package id.lokerbot.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTests {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "500rb | 500000",
        "500 ribu | 500000",
        "500K | 500000",
        "Rp 750.000 | 750000",
        "rp750,000 | 750000",
        "Rp. 1.200.000 | 1200000",
        "840000 | 840000",
        "1jt | 1000000",
        "1,5 jt | 1500000",
        "1.5 juta | 1500000",
        "Rp 1,5 juta | 1500000",
        "2 juta sebulan | 2000000",
        "2jt per bulan | 2000000",
        "1 jutaan | 1000000",
        "3jt/bulan | 3000000",
        "sejuta | 1000000",
        "setengah juta | 500000",
        "0 | 0",
        "Rp 0 | 0",
        "1.500 rb | 1500000",
      })
  void amountsAsPeopleWriteThem(String text, long amount) {
    assertThat(Rupiah.read(text)).hasValue(amount);
  }

  /** A choice's number, a word, or more than an amount: left to the labels. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"1", "2", "12", "999", "lewati", "lebih dari 2 juta", "jt", "1 2 3", "", "2.5"})
  void notAnAmount(String text) {
    assertThat(Rupiah.read(text)).isEqualTo(OptionalLong.empty());
  }
}
