package shield.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small writer of inline SVG for the run report's plots: shapes in a fixed coordinate box, each
 * with an optional {@code <title>} that browsers show as a tooltip, and the axis helpers the plots
 * share. Text is escaped on the way in.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder();

  /**
   * Starts a plot.
   *
   * @param widthPx the coordinate box's width (px)
   * @param heightPx the coordinate box's height (px)
   * @param label what the plot shows, for screen readers and as the plot's title
   */
  Svg(double widthPx, double heightPx, String label) {
    out.append("<svg class=\"plot\" viewBox=\"0 0 ")
        .append(n(widthPx))
        .append(' ')
        .append(n(heightPx))
        .append("\" width=\"")
        .append(n(widthPx))
        .append("\" role=\"img\" aria-label=\"")
        .append(Markup.escape(label))
        .append("\"><title>")
        .append(Markup.escape(label))
        .append("</title>\n");
  }

  /** Opens a group with a CSS class. */
  Svg group(String cssClass) {
    out.append("<g class=\"").append(cssClass).append("\">");
    return this;
  }

  /** Closes the innermost group. */
  Svg end() {
    out.append("</g>\n");
    return this;
  }

  /** A filled rectangle; a width or height below zero is drawn as zero. */
  Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
    return box(x, y, width, height).attribute("fill", fill).close("rect", tooltip);
  }

  /** An outlined, unfilled rectangle. */
  Svg frame(double x, double y, double width, double height, String stroke, String tooltip) {
    return box(x, y, width, height)
        .attribute("fill", "none")
        .attribute("stroke", stroke)
        .close("rect", tooltip);
  }

  /** A straight line. */
  Svg line(double x1, double y1, double x2, double y2, String stroke, double widthPx) {
    return line(x1, y1, x2, y2, stroke, widthPx, null);
  }

  /** A straight line with a tooltip. */
  Svg line(
      double x1, double y1, double x2, double y2, String stroke, double widthPx, String tooltip) {
    out.append("<line");
    return attribute("x1", x1)
        .attribute("y1", y1)
        .attribute("x2", x2)
        .attribute("y2", y2)
        .attribute("stroke", stroke)
        .attribute("stroke-width", widthPx)
        .close("line", tooltip);
  }

  /** A filled circle. */
  Svg circle(double cx, double cy, double r, String fill, String tooltip) {
    out.append("<circle");
    return attribute("cx", cx)
        .attribute("cy", cy)
        .attribute("r", r)
        .attribute("fill", fill)
        .attribute("stroke", "#ffffff")
        .attribute("stroke-width", 1)
        .close("circle", tooltip);
  }

  /** A filled polygon through points given as x, y, x, y, … */
  Svg polygon(String fill, String tooltip, double... xy) {
    out.append("<polygon points=\"");
    for (int i = 0; i < xy.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    out.append('"');
    return attribute("fill", fill)
        .attribute("stroke", "#ffffff")
        .attribute("stroke-width", 0.8)
        .close("polygon", tooltip);
  }

  /**
   * A text.
   *
   * @param anchor {@code start}, {@code middle} or {@code end}
   * @param cssClass a CSS class, or null
   */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text");
    attribute("x", x).attribute("y", y);
    if (!"start".equals(anchor)) {
      attribute("text-anchor", anchor);
    }
    if (cssClass != null) {
      attribute("class", cssClass);
    }
    out.append('>').append(Markup.escape(text)).append("</text>");
    return this;
  }

  /** A text turned a quarter turn anticlockwise about its anchor, for a vertical axis. */
  Svg verticalText(double x, double y, String text) {
    out.append("<text");
    attribute("x", x)
        .attribute("y", y)
        .attribute("text-anchor", "middle")
        .attribute("class", "axis-title")
        .attribute("transform", "rotate(-90 " + n(x) + " " + n(y) + ")");
    out.append('>').append(Markup.escape(text)).append("</text>");
    return this;
  }

  /** The finished element. */
  String build() {
    return out + "</svg>";
  }

  /** Opens a rectangle at its corner and size; a width or height below zero is written as zero. */
  private Svg box(double x, double y, double width, double height) {
    out.append("<rect");
    return attribute("x", x)
        .attribute("y", y)
        .attribute("width", Math.max(0, width))
        .attribute("height", Math.max(0, height));
  }

  /** An attribute with a coordinate or size, written as {@link #n}. */
  private Svg attribute(String name, double value) {
    return attribute(name, n(value));
  }

  /** An attribute with a value written as given (colours and keywords, never user text). */
  private Svg attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  private Svg close(String element, String tooltip) {
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>")
          .append(Markup.escape(tooltip))
          .append("</title></")
          .append(element)
          .append('>');
    }
    return this;
  }

  /**
   * Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten, at most about
   * {@code maxTicks} of them (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
   */
  static double[] ticks(double min, double max, int maxTicks) {
    double span = max - min;
    if (!(span > 0)) {
      return new double[] {min};
    }
    double raw = span / Math.max(1, maxTicks - 1);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 5, 10}) {
      step = m * magnitude;
      if (step >= raw) {
        break;
      }
    }
    List<Double> ticks = new ArrayList<>();
    long first = (long) Math.ceil(min / step - 1e-9);
    for (long k = first; k * step <= max + 1e-9 * step; k++) {
      ticks.add(k * step);
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A tick label: as few decimals as the step needs. */
  static String tickLabel(double value, double[] ticks) {
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A coordinate with at most two decimals, without trailing zeros. */
  private static String n(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    return String.format(Locale.ROOT, "%.2f", hundredths / 100.0).replaceAll("0$", "");
  }
}
