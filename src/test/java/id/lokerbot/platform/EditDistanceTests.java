package id.lokerbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EditDistanceTests {

  static Stream<Arguments> distances() {
    return Stream.of(
        Arguments.of("kasir", "kasir", 0),
        Arguments.of("kasir", "kasri", 1),
        Arguments.of("pramuniaga", "pramuniga", 1),
        Arguments.of("", "abc", 3),
        Arguments.of("penjahit", "penjait", 1),
        Arguments.of("demak", "kudus", 5));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @MethodSource("distances")
  void countsEditsWithSwapsAsOne(String a, String b, int expected) {
    assertThat(EditDistance.of(a, b)).isEqualTo(expected);
  }
}
