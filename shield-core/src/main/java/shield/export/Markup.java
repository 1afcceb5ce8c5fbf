package shield.export;

import java.util.Locale;
import shield.sim.Proportion;

/**
 * Text as the run report writes it: escaped for HTML and SVG, and numbers in the report's fixed
 * formats, the same as {@code shield run} prints them.
 */
final class Markup {

  private Markup() {}

  /**
   * The text with the five characters that mean something in markup replaced by references, so that
   * a scenario's name or description is shown as written and never read as markup; null becomes
   * empty.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in XML and mean
          // nothing in a name: drop them.
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A number with fixed decimals, or "–" for NaN (no trial finished). */
  static String number(double value, int decimals) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A proportion's value with three decimals, as {@code shield run} prints it. */
  static String probability(Proportion p) {
    return number(p.value(), 3);
  }

  /** A proportion's 95% interval, {@code [low, high]}, or empty with no trials. */
  static String interval(Proportion p) {
    if (p.trials() == 0) {
      return "";
    }
    return "[" + number(p.low95(), 3) + ", " + number(p.high95(), 3) + "]";
  }
}
