package shield.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import shield.engage.Opportunity;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.Proportion;
import shield.sim.RunSummary;
import shield.sim.Shot;
import shield.sim.SimEvent;
import shield.sim.ThreatOutcome;
import shield.sim.TrialRecord;

/**
 * The run report's four plots as inline SVG: the distribution of leakers, the kill probability of
 * each threat with its interval, the interceptors each battery fired against its inventory, and
 * trial 0 as a timeline.
 *
 * <p>Colours are Okabe and Ito's palette (Color Universal Design, 2008), told apart with every
 * common colour-vision deficiency; shapes and labels carry the same distinctions.
 */
final class ReportPlots {

  static final String BLUE = "#0072B2";
  static final String VERMILLION = "#D55E00";
  static final String GREEN = "#009E73";
  static final String GREY = "#8C8C8C";
  static final String ORANGE = "#E69F00";
  static final String INK = "#1D2733";
  private static final String PALE = "#E8EDF2";

  private static final double WIDTH = 760;
  private static final double RIGHT = 20;
  private static final double AXIS_ROOM = 46;
  private static final double CHAR_PX = 7;

  private ReportPlots() {}

  /** Bars of the share of trials with 0, 1, 2, … leakers; the bar of none is green. */
  static String leakers(RunSummary s) {
    long[] histogram = s.leakersHistogram();
    double left = 58;
    double top = 14;
    double height = 220;
    double plotWidth = WIDTH - left - RIGHT;
    double maxShare = 0;
    for (long count : histogram) {
      maxShare = Math.max(maxShare, share(count, s.trials()));
    }
    double yMax = niceMax(Math.max(maxShare, 1));
    double[] yTicks = Svg.ticks(0, yMax, 6);
    Svg svg =
        new Svg(
            WIDTH,
            top + height + AXIS_ROOM,
            "Distribution of leakers: share of the "
                + s.trials()
                + " trials with each number of threats reaching the ground");
    svg.group("grid");
    for (double t : yTicks) {
      double y = top + height - t / yMax * height;
      svg.line(left, y, left + plotWidth, y, "#E3E7EB", 1);
    }
    svg.end();
    double band = plotWidth / histogram.length;
    for (int k = 0; k < histogram.length; k++) {
      double pct = share(histogram[k], s.trials());
      double barHeight = pct / yMax * height;
      svg.rect(
          left + k * band + band * 0.12,
          top + height - barHeight,
          band * 0.76,
          barHeight,
          k == 0 ? GREEN : VERMILLION,
          String.format(
              Locale.ROOT,
              "%d leaker%s: %d of %d trials (%.1f%%)",
              k,
              k == 1 ? "" : "s",
              histogram[k],
              s.trials(),
              pct));
    }
    svg.group("axis");
    svg.line(left, top + height, left + plotWidth, top + height, INK, 1);
    svg.line(left, top, left, top + height, INK, 1);
    int labelStep = (int) Math.ceil(histogram.length / 25.0);
    for (int k = 0; k < histogram.length; k += labelStep) {
      double x = left + (k + 0.5) * band;
      svg.line(x, top + height, x, top + height + 4, INK, 1);
      svg.text(x, top + height + 17, Integer.toString(k), "middle", null);
    }
    for (double t : yTicks) {
      double y = top + height - t / yMax * height;
      svg.line(left - 4, y, left, y, INK, 1);
      svg.text(left - 7, y + 4, Svg.tickLabel(t, yTicks), "end", null);
    }
    svg.end();
    svg.text(
        left + plotWidth / 2,
        top + height + 38,
        "threats reaching the ground in one raid (leakers)",
        "middle",
        "axis-title");
    svg.verticalText(16, top + height / 2, "share of trials (%)");
    return svg.build();
  }

  /** One row per threat: the probability that it is destroyed, with its 95% interval. */
  static String killProbability(RunSummary s) {
    List<RunSummary.ThreatStats> threats = s.perThreat();
    double left = labelRoom(threats.stream().map(RunSummary.ThreatStats::threatId).toList());
    double top = 10;
    double row = 20;
    double height = Math.max(1, threats.size()) * row;
    double plotWidth = WIDTH - left - RIGHT;
    Svg svg =
        new Svg(
            WIDTH,
            top + height + AXIS_ROOM,
            "Probability that each threat is destroyed, with its 95% interval");
    double[] ticks = Svg.ticks(0, 1, 6);
    stripes(svg, top, row, threats.size());
    DoubleUnaryOperator x = t -> left + t * plotWidth;
    verticalGrid(svg, ticks, x, top, height);
    for (int i = 0; i < threats.size(); i++) {
      RunSummary.ThreatStats t = threats.get(i);
      Proportion p = t.killed();
      double y = top + (i + 0.5) * row;
      svg.text(left - 8, y + 4, t.threatId(), "end", null);
      if (p.trials() == 0) {
        continue;
      }
      String tooltip =
          String.format(
              Locale.ROOT,
              "%s: destroyed in %d of %d trials, %s %s (95%% interval)",
              t.threatId(),
              p.successes(),
              p.trials(),
              Markup.probability(p),
              Markup.interval(p));
      double xLow = left + p.low95() * plotWidth;
      double xHigh = left + p.high95() * plotWidth;
      svg.line(xLow, y, xHigh, y, BLUE, 2, tooltip);
      svg.line(xLow, y - 5, xLow, y + 5, BLUE, 2);
      svg.line(xHigh, y - 5, xHigh, y + 5, BLUE, 2);
      svg.circle(left + p.value() * plotWidth, y, 5, BLUE, tooltip);
    }
    bottomAxis(
        svg,
        ticks,
        x,
        left,
        plotWidth,
        top + height,
        "probability that the threat is destroyed (dot), with its 95% interval (whiskers)");
    return svg.build();
  }

  /** One row per battery: its inventory, and the interceptors it fired and kills it made. */
  static String batteries(RunSummary s) {
    List<RunSummary.BatteryStats> batteries = s.perBattery();
    double left = labelRoom(batteries.stream().map(RunSummary.BatteryStats::batteryId).toList());
    double top = 34;
    double row = 38;
    double height = Math.max(1, batteries.size()) * row;
    double plotWidth = WIDTH - left - RIGHT - 150;
    int maxInventory = 1;
    for (RunSummary.BatteryStats b : batteries) {
      maxInventory = Math.max(maxInventory, b.inventory());
    }
    double xMax = niceMax(maxInventory);
    double[] ticks = Svg.ticks(0, xMax, 6);
    Svg svg =
        new Svg(
            WIDTH,
            top + height + AXIS_ROOM,
            "Interceptors each battery fired and kills it made per raid, against its inventory");
    legendSwatch(svg, left, 12, PALE, "inventory");
    legendSwatch(svg, left + 110, 12, BLUE, "fired per raid (mean)");
    legendSwatch(svg, left + 290, 12, GREEN, "kills per raid (mean)");
    DoubleUnaryOperator x = t -> left + t / xMax * plotWidth;
    verticalGrid(svg, ticks, x, top, height);
    for (int i = 0; i < batteries.size(); i++) {
      RunSummary.BatteryStats b = batteries.get(i);
      double y = top + i * row;
      String tooltip =
          String.format(
              Locale.ROOT,
              "%s (%s, %s): %s fired and %s kills per raid of %d interceptors; "
                  + "emptied in %s of trials",
              b.batteryId(),
              b.interceptorId(),
              RunFiles.name(b.layer()),
              Markup.number(b.firedMean(), 2),
              Markup.number(b.killsMean(), 2),
              b.inventory(),
              Markup.probability(b.emptied()));
      svg.text(left - 8, y + row / 2 + 4, b.batteryId(), "end", null);
      double inventoryWidth = b.inventory() / xMax * plotWidth;
      svg.rect(left, y + 5, inventoryWidth, row - 10, PALE, tooltip);
      svg.frame(left, y + 5, inventoryWidth, row - 10, "#B4BEC8", null);
      if (!Double.isNaN(b.firedMean())) {
        svg.rect(left, y + 8, b.firedMean() / xMax * plotWidth, 11, BLUE, tooltip);
        svg.rect(left, y + 20, b.killsMean() / xMax * plotWidth, 9, GREEN, tooltip);
      }
      svg.text(
          left + Math.max(inventoryWidth, 0) + 8,
          y + row / 2 + 4,
          Markup.number(b.firedMean(), 2) + " of " + b.inventory() + " fired",
          "start",
          "note");
    }
    bottomAxis(svg, ticks, x, left, plotWidth, top + height, "interceptors per raid");
    return svg.build();
  }

  /**
   * Trial 0 as a Gantt chart: a row per threat from launch to its kill (blue) or impact
   * (vermillion), with the networks' first detection (tick) and firm track (diamond), and under it
   * each interceptor from launch to intercept, green for a kill and grey for a miss.
   */
  static String timeline(Scenario scenario, TrialRecord trial) {
    List<Threat> threats = scenario.threats();
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < threats.size(); i++) {
      row.put(threats.get(i).id(), i);
    }
    double[] endS = new double[threats.size()];
    double startS = Double.POSITIVE_INFINITY;
    double lastS = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < threats.size(); i++) {
      Threat t = threats.get(i);
      ThreatOutcome outcome = trial.outcome().threats().get(i);
      endS[i] =
          outcome.killed()
              ? Math.max(t.launchTimeS(), Math.min(outcome.endTimeS(), t.impactTimeS()))
              : t.impactTimeS();
      startS = Math.min(startS, t.launchTimeS());
      lastS = Math.max(lastS, endS[i]);
    }
    for (Shot shot : trial.shots()) {
      lastS = Math.max(lastS, shot.opportunity().interceptS());
    }
    if (threats.isEmpty()) {
      startS = 0;
      lastS = 1;
    }
    double[] rough = Svg.ticks(startS, lastS, 8);
    double step = rough.length > 1 ? rough[1] - rough[0] : 1;
    double axisStartS = Math.floor(startS / step) * step;
    double axisEndS = Math.max(axisStartS + step, Math.ceil(lastS / step) * step);
    double[] ticks = Svg.ticks(axisStartS, axisEndS, 8);

    double left = labelRoom(threats.stream().map(Threat::id).toList());
    double top = 46;
    double rowPx = 26;
    double height = Math.max(1, threats.size()) * rowPx;
    double plotWidth = WIDTH - left - RIGHT;
    double scale = plotWidth / (axisEndS - axisStartS);
    Svg svg =
        new Svg(
            WIDTH,
            top + height + AXIS_ROOM,
            "Timeline of trial 0: each threat from launch to kill or impact, its detection and "
                + "firm track, and each interceptor from launch to intercept");
    legendSwatch(svg, left, 10, BLUE, "threat, destroyed");
    legendSwatch(svg, left + 140, 10, VERMILLION, "threat, reached the ground");
    if (!trial.shots().isEmpty()) {
      legendSwatch(svg, left + 330, 10, GREEN, "interceptor, kill");
      legendSwatch(svg, left + 465, 10, GREY, "interceptor, miss");
    }
    svg.line(left + 7, 28, left + 7, 40, INK, 2);
    svg.text(left + 19, 38, "detection", "start", "note");
    diamond(svg, left + 117, 34, null);
    svg.text(left + 129, 38, "firm track", "start", "note");

    stripes(svg, top, rowPx, threats.size());
    verticalGrid(svg, ticks, t -> left + (t - axisStartS) * scale, top, height);
    for (int i = 0; i < threats.size(); i++) {
      Threat t = threats.get(i);
      ThreatOutcome outcome = trial.outcome().threats().get(i);
      double y = top + i * rowPx;
      svg.text(left - 8, y + 13, t.id(), "end", null);
      String fate =
          outcome.killed()
              ? String.format(
                  Locale.ROOT,
                  "destroyed at %.1f s by %s",
                  endS[i],
                  scenario.batteries().get(outcome.killerBattery()).id())
              : String.format(Locale.ROOT, "reached the ground at %.1f s", endS[i]);
      svg.rect(
          left + (t.launchTimeS() - axisStartS) * scale,
          y + 5,
          (endS[i] - t.launchTimeS()) * scale,
          10,
          outcome.killed() ? BLUE : VERMILLION,
          String.format(
              Locale.ROOT,
              "%s (%s, %s to %s): launched at %.1f s, %s",
              t.id(),
              t.missile().id(),
              t.from().name(),
              t.to().name(),
              t.launchTimeS(),
              fate));
    }
    for (SimEvent e : trial.events()) {
      Integer i = row.get(e.threatId());
      if (i == null) {
        continue;
      }
      double x = left + (e.timeS() - axisStartS) * scale;
      double y = top + i * rowPx;
      String what = String.format(Locale.ROOT, " at %.1f s (%s)", e.timeS(), e.detail());
      if (e.kind() == SimEvent.Kind.DETECTION) {
        svg.line(x, y + 2, x, y + 18, INK, 2, "first detection of " + e.threatId() + what);
      } else if (e.kind() == SimEvent.Kind.FIRM_TRACK) {
        diamond(svg, x, y + 10, "first firm track of " + e.threatId() + what);
      }
    }
    List<Shot> shots = new ArrayList<>(trial.shots());
    shots.sort(Comparator.comparingDouble(shot -> shot.opportunity().launchS()));
    int[] lane = new int[threats.size()];
    for (Shot shot : shots) {
      Opportunity o = shot.opportunity();
      Battery b = scenario.batteries().get(shot.battery());
      double y = top + shot.threat() * rowPx + 18 + (lane[shot.threat()]++ % 3) * 2.5;
      String colour = shot.kill() ? GREEN : GREY;
      String tooltip =
          String.format(
              Locale.ROOT,
              "%s from %s at %s: launched at %.1f s, intercept at %.1f s and %.0f km altitude, "
                  + "%s (predicted kill probability %.2f)",
              b.type().id(),
              b.id(),
              threats.get(shot.threat()).id(),
              o.launchS(),
              o.interceptS(),
              o.interceptAltitudeM() / 1000,
              shot.kill() ? "kill" : "miss",
              shot.killProbability());
      double x1 = left + (o.launchS() - axisStartS) * scale;
      double x2 = left + (o.interceptS() - axisStartS) * scale;
      svg.rect(x1, y, x2 - x1, 2, colour, tooltip);
      svg.circle(x2, y + 1, 3.5, colour, tooltip);
    }
    bottomAxis(
        svg,
        ticks,
        t -> left + (t - axisStartS) * scale,
        left,
        plotWidth,
        top + height,
        "time from the scenario epoch (s)");
    return svg.build();
  }

  /** A pale band behind every other row, under the grid, to guide the eye along a row. */
  private static void stripes(Svg svg, double top, double row, int rows) {
    for (int i = 1; i < rows; i += 2) {
      svg.rect(0, top + i * row, WIDTH, row, "#F4F6F8", null);
    }
  }

  /** A light vertical line at each tick, from the plot's top to its bottom. */
  private static void verticalGrid(
      Svg svg, double[] ticks, DoubleUnaryOperator x, double top, double height) {
    svg.group("grid");
    for (double t : ticks) {
      svg.line(x.applyAsDouble(t), top, x.applyAsDouble(t), top + height, "#E3E7EB", 1);
    }
    svg.end();
  }

  /**
   * The horizontal axis under a plot: its line, a labelled tick at each tick value and its title.
   *
   * @param x where a tick value stands (px)
   * @param bottom the plot's bottom edge (px)
   */
  private static void bottomAxis(
      Svg svg,
      double[] ticks,
      DoubleUnaryOperator x,
      double left,
      double plotWidth,
      double bottom,
      String title) {
    svg.group("axis");
    svg.line(left, bottom, left + plotWidth, bottom, INK, 1);
    for (double t : ticks) {
      double xt = x.applyAsDouble(t);
      svg.line(xt, bottom, xt, bottom + 4, INK, 1);
      svg.text(xt, bottom + 17, Svg.tickLabel(t, ticks), "middle", null);
    }
    svg.end();
    svg.text(left + plotWidth / 2, bottom + 38, title, "middle", "axis-title");
  }

  private static void diamond(Svg svg, double x, double y, String tooltip) {
    svg.polygon(ORANGE, tooltip, x, y - 5, x + 5, y, x, y + 5, x - 5, y);
  }

  private static void legendSwatch(Svg svg, double x, double y, String colour, String label) {
    svg.rect(x, y, 14, 10, colour, null);
    svg.text(x + 19, y + 9, label, "start", "note");
  }

  /** Room on the left for row labels of these lengths (px). */
  private static double labelRoom(List<String> labels) {
    int longest = 4;
    for (String label : labels) {
      longest = Math.max(longest, label.length());
    }
    return Math.min(260, 16 + CHAR_PX * longest);
  }

  /** The share in percent, 0 with no trials. */
  private static double share(long count, long trials) {
    return trials == 0 ? 0 : 100.0 * count / trials;
  }

  /** The smallest round number (1, 2 or 5 times a power of ten, per tick) at or above a value. */
  private static double niceMax(double value) {
    double[] ticks = Svg.ticks(0, value, 6);
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : value;
    return Math.ceil(value / step - 1e-9) * step;
  }
}
