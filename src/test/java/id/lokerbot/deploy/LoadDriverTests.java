package id.lokerbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code deploy/LoadDriver.java} (run by local-cluster.sh as a single-file program) compiles with
 * nothing but the JDK, and against one real node its counts come out clean: every message processed
 * once, duplicates recognised, replies equal to the reference person's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadDriverTests {

  @TempDir static Path classes;
  static Class<?> driver;

  @LocalServerPort int port;

  @BeforeAll
  static void compile() throws Exception {
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), "deploy/LoadDriver.java");
    assertThat(status).as("javac deploy/LoadDriver.java").isZero();
    driver =
        new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())
            .loadClass("LoadDriver");
  }

  @Test
  void countsAreCleanAgainstOneNodeReachedTwoWays() throws Exception {
    // the same node under two names: copies of a message race each other like on two nodes
    String nodes = "http://127.0.0.1:" + port + ",http://localhost:" + port;
    Object result =
        run(
            "--nodes",
            nodes,
            "--people",
            "4",
            "--messages",
            "12",
            "--duplicates",
            "0.5",
            "--threads",
            "4",
            "--seed",
            "7",
            "--timeout",
            "120");
    String report = (String) call(result, "report");
    System.out.print(report);
    assertThat(report)
        .contains("48 messages")
        .contains("duplicate replies:        0")
        .contains("lost messages:            0")
        .contains("replies unlike one node:  0");
    assertThat((Boolean) call(result, "ok")).isTrue();
    // every second copy was recognised as a duplicate by the node that got it
    int sentTwice = sum(report, "\\((\\d+) delivered twice");
    assertThat(sentTwice).isPositive();
    assertThat(sum(report, "(\\d+) duplicates recognised")).isEqualTo(sentTwice);
    assertThat(sum(report, "(\\d+) turns processed")).isEqualTo(48);
  }

  @Test
  void refusesNodesOffLoopback() {
    assertThatThrownBy(() -> run("--nodes", "http://10.0.0.5:8080"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause()
        .hasMessageContaining("only loopback");
  }

  static int sum(String report, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(report);
    int total = 0;
    while (m.find()) {
      total += Integer.parseInt(m.group(1));
    }
    return total;
  }

  static Object run(String... args) throws Exception {
    Method parse = driver.getMethod("parse", String[].class);
    Method run = driver.getMethod("run", parse.getReturnType());
    try {
      return run.invoke(null, parse.invoke(null, (Object) args));
    } catch (InvocationTargetException e) {
      throw new RuntimeException(e.getCause());
    }
  }

  static Object call(Object target, String method) throws Exception {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
