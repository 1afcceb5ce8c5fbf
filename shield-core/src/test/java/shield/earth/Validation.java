package shield.earth;

import java.util.Locale;

/**
 * Prints one line per validation case, so that the numbers in docs/validation.md are the numbers a
 * test run measured.
 */
public final class Validation {

  private Validation() {}

  /**
   * Prints a validation line: {@code VALIDATION | case | source | expected | shield | tolerance}.
   */
  public static void record(
      String testCase, String source, String expected, String measured, String tolerance) {
    System.out.printf(
        Locale.ROOT,
        "VALIDATION | %s | %s | %s | %s | %s%n",
        testCase,
        source,
        expected,
        measured,
        tolerance);
  }
}
