package shield.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file regressions: output that must not change unless a model changed on purpose. On a
 * difference the test fails with the lines that differ and writes the new output to {@code
 * target/}; after checking it, the golden file is rewritten by running the test with {@code
 * -Dshield.golden.update=true}.
 */
final class Golden {

  private Golden() {}

  /**
   * Compares output with its golden file, or rewrites the file when asked to.
   *
   * @param golden the golden file, from the module's directory
   * @param actual the output now
   * @param what what the output is, for the failure message
   */
  static void assertUnchanged(Path golden, String actual, String what) throws IOException {
    if (Boolean.getBoolean("shield.golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      String name = golden.getFileName().toString().replace(".golden.", ".actual.");
      Path out = Path.of("target", name);
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      fail(
          "%s changed; new output in %s%n%s",
          what, out, diff(expected.lines().toList(), actual.lines().toList()));
    }
  }

  /** The differing lines, each with its line number: {@code -} expected, {@code +} actual. */
  private static String diff(List<String> expected, List<String> actual) {
    List<String> out = new ArrayList<>();
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n && out.size() < 60; i++) {
      String e = i < expected.size() ? expected.get(i) : "";
      String a = i < actual.size() ? actual.get(i) : "";
      if (!e.equals(a)) {
        out.add(String.format("%5d - %s", i + 1, e));
        out.add(String.format("%5d + %s", i + 1, a));
      }
    }
    return String.join(System.lineSeparator(), out);
  }
}
