package id.lokerbot.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.content.Content;
import id.lokerbot.content.ContentCheck;
import id.lokerbot.content.ContentService;
import id.lokerbot.content.InvalidContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * Content validation over a copy of the real {@code content/} folder with one thing broken at a
 * time: each problem must name its file and path.
 */
class FlowCompilerTests {

  /** Every action the real flows name (their handlers are Spring beans, not needed here). */
  static final ContentCheck FLOWS =
      (c, p) -> new FlowCompiler(actionsNamedIn(Path.of("content/flows"))).compile(c, p);

  static Set<String> actionsNamedIn(Path flows) {
    try (Stream<Path> files = Files.list(flows)) {
      Set<String> names = new java.util.HashSet<>();
      for (Path f : files.toList()) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("action:\\s*([\\w-]+)").matcher(Files.readString(f));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
      return names;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Expected problems write {@code nodes[#]} where the index depends on the flow's length. */
  static boolean matches(String problem, String expected) {
    String regex =
        java.util.Arrays.stream(expected.split("\\[#]", -1))
            .map(java.util.regex.Pattern::quote)
            .collect(java.util.stream.Collectors.joining("\\[\\d+]"));
    return java.util.regex.Pattern.compile(regex).matcher(problem).lookingAt();
  }

  @TempDir Path dir;

  @Test
  void theRealContentIsValid() {
    Content content = ContentService.read(Path.of("content"), "id", List.of(FLOWS));
    assertThat(content.folder("flows")).isNotEmpty();
  }

  /** A file, a text to replace in it (or append when empty), and the problem expected. */
  record Breakage(String file, String find, String replace, String expected) {
    @Override
    public String toString() {
      return expected;
    }
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
            new Breakage(
                "flows/main.yaml",
                "next: language",
                "next: languag",
                "flows/main.yaml:nodes[0](welcome): goes to unknown node 'languag'"),
            new Breakage(
                "flows/main.yaml",
                "",
                "\n  - id: orphan\n    say: menu.help\n    next: menu\n",
                "flows/main.yaml:nodes[#](orphan): node 'orphan' is unreachable"),
            new Breakage(
                "flows/main.yaml",
                "",
                "\n  - id: help\n    say: menu.help\n    next: menu\n",
                "flows/main.yaml:nodes[#].id: duplicate node id 'help'"),
            new Breakage(
                "flows/main.yaml",
                "",
                "\n  - id: odd\n    show: menu.help\n",
                "flows/main.yaml:nodes[#]: needs exactly one of [say, ask, input, branch, goto,"
                    + " action]"),
            new Breakage(
                "flows/main.yaml",
                "    say: help.text\n",
                "    say: help.nothing\n",
                "flows/main.yaml:nodes[#](help): message 'help.nothing' is missing in"
                    + " messages/id.yaml"),
            new Breakage(
                "flows/main.yaml",
                "    say: help.text\n    next: menu",
                "    action: teleport\n    next: menu",
                "flows/main.yaml:nodes[#](help).action: unknown action 'teleport'"),
            new Breakage(
                "flows/main.yaml",
                "    choices:\n      - { value: id",
                "    choices:\n      - { value: id\n   oops: [",
                "flows/main.yaml:line "),
            new Breakage(
                "messages/en.yaml",
                "  menu.help: \"Help\"\n",
                "",
                "messages/en.yaml:messages.menu.help: missing (present in id.yaml)"),
            new Breakage(
                "flows/profile.yaml",
                "rupiah: [1, 839999]",
                "rupiah: [1, 900000]",
                "flows/profile.yaml:nodes[#].choices: two choices take the same amounts"),
            new Breakage(
                "flows/profile.yaml",
                "rupiah: [2000001]",
                "rupiah: [lots]",
                "flows/profile.yaml:nodes[#].choices[3].rupiah: must be [from, to]"),
            new Breakage(
                "flows/commands.yaml",
                "spec: 1\n",
                "",
                "flows/commands.yaml:spec: must be 1 (found null)"),
            new Breakage(
                "flows/commands.yaml",
                "goto: main:menu",
                "goto: main:nowhere",
                "flows/commands.yaml:commands[0].goto: unknown node 'main:nowhere'"),
            new Breakage(
                "flows/main.yaml",
                "    rule-free: true",
                "",
                "") // no-op guard: the base copy itself must be valid (checked below)
            )
        .filter(b -> !b.expected().isEmpty())
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void brokenContentIsRefusedWithFileAndPath(Breakage breakage) throws IOException {
    FileSystemUtils.copyRecursively(Path.of("content"), dir);
    Path file = dir.resolve(breakage.file());
    String text = Files.readString(file);
    if (breakage.find().isEmpty()) {
      text = text + breakage.replace();
    } else {
      assertThat(text).contains(breakage.find());
      text = text.replace(breakage.find(), breakage.replace());
    }
    Files.writeString(file, text);

    assertThatThrownBy(() -> ContentService.read(dir, "id", List.of(FLOWS)))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e -> assertThat(e.problems()).anyMatch(p -> matches(p, breakage.expected())));
  }

  @Test
  void theStaticBrokenFixtureIsRefused() {
    assertThatThrownBy(
            () ->
                ContentService.read(
                    Path.of("src/test/resources/broken-content"), "id", List.of(FLOWS)))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "flows/main.yaml:nodes[1](menu): goes to unknown node 'nowhere'",
                        "flows/main.yaml:nodes[2](lost): node 'lost' is unreachable"));
  }
}
