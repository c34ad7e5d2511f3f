package id.lokerbot.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextMatchTests {

  /** The main menu's phrases, as Ask builds them: labels in both languages, value, extras. */
  static final List<List<String>> MENU =
      List.of(
          List.of("Cari lowongan", "Find a job", "search", "loker", "kerja"),
          List.of("Pelatihan", "Training", "training", "kursus"),
          List.of("Tes minat & kesiapan kerja", "Interest check", "assessment", "tes"),
          List.of("Profil saya", "My profile", "profile", "profil"),
          List.of("Info lowongan terbaru", "Job alerts", "alerts", "info"),
          List.of("Bantuan", "Help", "help"));

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("1", null, 0),
        Arguments.of(" 2 ", null, 1),
        Arguments.of("2.", null, 1),
        Arguments.of("satu", null, 0),
        Arguments.of("TIGA", null, 2),
        Arguments.of("loro", null, 1), // Javanese
        Arguments.of("six", null, 5),
        Arguments.of("7", null, -1), // out of range
        Arguments.of("0", null, -1),
        Arguments.of("cari", null, 0), // first word of a label
        Arguments.of("Cari Lowongan", null, 0),
        Arguments.of("cri lowongan", null, 0), // typo
        Arguments.of("cari lowongn", null, 0),
        Arguments.of("pelatiahn", null, 1), // swapped letters
        Arguments.of("bantuan", null, 5),
        Arguments.of("help", null, 5),
        Arguments.of("profil", null, 3),
        Arguments.of("my profile", null, 3),
        Arguments.of("kerja", null, 0), // an exact extra word beats a word inside a label
        Arguments.of("lowongan", null, -1), // in two labels: ambiguous, so re-ask
        Arguments.of("asdfgh", null, -1),
        Arguments.of("", null, -1),
        Arguments.of("😀😀", null, -1),
        Arguments.of("مرحبا", null, -1), // right-to-left text
        Arguments.of("anything", "4", 3), // a pressed button wins
        Arguments.of("", "9", -1));
  }

  @ParameterizedTest(name = "''{0}'' (button {1}) picks {2}")
  @MethodSource("answers")
  void choosesTheOptionAPersonMeant(String text, String button, int expected) {
    assertThat(TextMatch.choose(new Answer(text, button), MENU)).isEqualTo(expected);
  }

  static Stream<Arguments> commandWords() {
    List<String> stop = List.of("berhenti", "stop", "unsubscribe");
    return Stream.of(
        Arguments.of("BERHENTI", stop, true),
        Arguments.of("  Berhenti ", stop, true),
        Arguments.of("berhnti", stop, true), // one letter missing in a long word
        Arguments.of("stop!", stop, true),
        Arguments.of("stp", stop, false), // short words must be exact
        Arguments.of("berhenti kerja", stop, false), // a sentence is not a command
        Arguments.of("/start", List.of("start"), true));
  }

  @ParameterizedTest(name = "''{0}'' is a command word: {2}")
  @MethodSource("commandWords")
  void recognisesCommandWords(String text, List<String> words, boolean expected) {
    assertThat(TextMatch.isWord(TextMatch.normalise(text), words)).isEqualTo(expected);
  }

  static Stream<Arguments> normalised() {
    return Stream.of(
        Arguments.of("Cari,  Lowongan!!", "cari lowongan"),
        Arguments.of("  KASIR   dmk ", "kasir dmk"),
        Arguments.of("...", ""),
        Arguments.of("", ""),
        Arguments.of("kasir\tdemak\n", "kasir demak"),
        Arguments.of("Ｋａｓｉｒ　Ｄｅｍａｋ", "kasir demak"), // full-width, from some keyboards
        Arguments.of("ﬁtter", "fitter"), // a ligature
        Arguments.of("Penjahit – Jepara", "penjahit jepara"),
        Arguments.of("ÇAKAP ✔", "çakap"),
        Arguments.of("😀 halo 😀", "halo"));
  }

  @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
  @MethodSource("normalised")
  void normalisesWhatPeopleType(String text, String expected) {
    assertThat(TextMatch.normalise(text)).isEqualTo(expected);
  }
}
