package shield;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN.md's rule: the packages of shield-core follow the data flow, and a package never
 * uses one that comes after it.
 */
class PackageOrderTest {

  /** The order of DESIGN.md's package table. */
  private static final List<String> ORDER =
      List.of(
          "earth",
          "flight",
          "sense",
          "track",
          "engage",
          "command",
          "scenario",
          "sim",
          "analysis",
          "export");

  private static final Pattern REFERENCE = Pattern.compile("\\bshield\\.([a-z]+)\\.");

  @Test
  void noPackageUsesALaterOne() throws IOException {
    Path root = Path.of("src/main/java/shield");
    List<String> violations = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      String own = root.relativize(source).getName(0).toString();
      assertThat(ORDER).as("package of %s is in DESIGN.md's table", source).contains(own);
      String text = Files.readString(source);
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        String used = m.group(1);
        if (ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(own)) {
          violations.add(source + " uses shield." + used);
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
