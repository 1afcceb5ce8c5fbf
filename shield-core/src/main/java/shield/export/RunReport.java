package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import shield.engage.Layer;
import shield.flight.TrajectoryShape;
import shield.scenario.Battery;
import shield.scenario.DefendedAsset;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.SatelliteSensor;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Radar;
import shield.sim.Proportion;
import shield.sim.RunResult;
import shield.sim.RunSummary;

/**
 * Writes {@code report.html}: a Monte Carlo run as one self-contained page to read in a browser —
 * the scenario, the statistics with their 95% intervals (the numbers of {@code summary.json}, as
 * {@code shield run} prints them), four plots as inline SVG (three when the scenario has no
 * battery), and a map as an embedded PNG.
 *
 * <p>The page loads nothing: its style is inline, its pictures are inline SVG or {@code data:}
 * URIs, it has no script, and its Content-Security-Policy forbids every fetch but {@code data:}
 * images, so it reads the same offline as on. Every text from the scenario is escaped. The markup
 * is well-formed XML as well as HTML5 (void elements closed, only the five XML entities), so that
 * XML tools can check it.
 *
 * <p>Element ids that checkers rely on: {@code p-no-leak} (P(no leak) with three decimals), the
 * tables {@code per-threat}, {@code per-asset}, {@code per-battery}, {@code per-layer}; plots are
 * {@code svg.plot}, the map is {@code img.map}.
 */
public final class RunReport {

  private static final String STYLE =
      """
      :root { --ink: #1d2733; --muted: #5b6673; --line: #dde2e7; --bg: #f3f5f7; }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--ink);
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
          "DejaVu Sans", sans-serif; }
      header { background: #14212e; color: #fff; padding: 28px 0 24px; }
      header .wrap, main { max-width: 1080px; margin: 0 auto; padding: 0 32px; }
      header h1 { margin: 0 0 4px; font-size: 30px; letter-spacing: 0.2px; }
      header .kicker { color: #9fb3c8; font-size: 13px; text-transform: uppercase;
        letter-spacing: 1.5px; }
      header p { margin: 6px 0 0; color: #d5dee8; max-width: 860px; }
      header .meta { color: #9fb3c8; font-size: 13.5px; margin-top: 10px; }
      main { padding-bottom: 40px; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 10px;
        padding: 20px 26px; margin: 22px 0; }
      h2 { font-size: 21px; margin: 0 0 12px; }
      h3 { font-size: 16px; margin: 22px 0 8px; }
      p.note, .caption { color: var(--muted); font-size: 13.5px; margin: 6px 0 10px; }
      table { border-collapse: collapse; width: 100%; font-size: 13.5px;
        font-variant-numeric: tabular-nums; }
      th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12.5px;
        border-bottom: 2px solid var(--line); padding: 6px 7px; vertical-align: bottom; }
      td { border-bottom: 1px solid var(--line); padding: 5px 7px; vertical-align: top; }
      .scroll { overflow-x: auto; }
      tbody tr:nth-child(even) td { background: #fafbfc; }
      .n { text-align: right; white-space: nowrap; }
      #per-threat td, #per-battery td, #per-asset td, td:first-child { white-space: nowrap; }
      .ci { color: var(--muted); }
      .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; margin: 6px 0 8px; }
      .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px;
        border-top: 4px solid #0072b2; }
      .card .label { color: var(--muted); font-size: 13px; }
      .card .big { font-size: 32px; font-weight: 650; font-variant-numeric: tabular-nums; }
      .card .sub { color: var(--muted); font-size: 13px; }
      .partial { background: #fff4d6; border: 1px solid #e3b341; border-radius: 8px;
        padding: 10px 16px; margin-top: 14px; color: #5c4400; }
      .settings { display: flex; flex-wrap: wrap; gap: 8px 26px; margin: 4px 0 4px; }
      .settings div span { color: var(--muted); margin-right: 6px; }
      svg.plot { display: block; width: 100%; height: auto; max-width: 760px; margin: 6px 0; }
      svg.plot text { font-size: 12px; fill: #1d2733; }
      svg.plot text.note { font-size: 11.5px; fill: #3f4a56; }
      svg.plot text.axis-title { font-size: 12.5px; fill: #5b6673; }
      img.map { display: block; width: 100%; height: auto; border: 1px solid var(--line);
        border-radius: 6px; }
      footer { color: var(--muted); font-size: 12.5px; text-align: center; padding: 10px 0 30px; }
      @media print { body { background: #fff; } section { break-inside: avoid; } }
      """;

  private RunReport() {}

  /**
   * Writes the report of a run: its scenario and statistics, and trial 0's timeline and map.
   *
   * @param result the run
   * @param out where to write; left open
   */
  public static void write(RunResult result, Writer out) throws IOException {
    write(result, ReportMap.png(result), out);
  }

  /**
   * Writes the report with a given map picture.
   *
   * @param result the run
   * @param mapPng the map as PNG bytes, embedded as a data: URI
   * @param out where to write; left open
   */
  static void write(RunResult result, byte[] mapPng, Writer out) throws IOException {
    Scenario scenario = result.plan().scenario();
    RunSummary s = result.summary();
    StringBuilder h = new StringBuilder(64 * 1024 + mapPng.length * 4 / 3);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(Markup.escape(scenario.name()))
        .append(" — Shield run report</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(h, scenario, s);
    h.append("<main>\n");
    results(h, s);
    threats(h, s);
    assetsAndBatteries(h, s);
    trialZero(h, result, mapPng);
    scenarioSection(h, scenario);
    h.append(
            "</main>\n<footer>Written by Shield's <code>shield run</code>. Every figure comes from ")
        .append("the run's summary.json; the files beside this report hold the same numbers.")
        .append("</footer>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void header(StringBuilder h, Scenario scenario, RunSummary s) {
    h.append("<header><div class=\"wrap\">\n<div class=\"kicker\">Shield run report</div>\n<h1>")
        .append(Markup.escape(scenario.name()))
        .append("</h1>\n");
    if (!scenario.description().isBlank()) {
      h.append("<p>").append(Markup.escape(scenario.description())).append("</p>\n");
    }
    h.append("<div class=\"meta\">Epoch ")
        .append(Markup.escape(scenario.epoch().toString()))
        .append(" · ")
        .append(count(scenario.threats().size(), "threat", "threats"))
        .append(" · ")
        .append(count(scenario.radars().size(), "radar", "radars"))
        .append(" · ")
        .append(count(scenario.batteries().size(), "battery", "batteries"))
        .append("</div>\n</div></header>\n");
  }

  private static void results(StringBuilder h, RunSummary s) {
    h.append("<section id=\"results\">\n<h2>Results</h2>\n<div class=\"settings\">");
    setting(h, "trials", s.trials() + (s.partial() ? " of " + s.trialsRequested() : ""));
    setting(h, "seed", Long.toString(s.seed()));
    setting(h, "sensing draws", Integer.toString(s.sensingDraws()));
    setting(h, "assignment", s.assignment());
    h.append("</div>\n");
    if (s.partial()) {
      h.append("<div class=\"partial\" id=\"partial\"><strong>Partial run:</strong> stopped after ")
          .append(s.trials())
          .append(" of ")
          .append(s.trialsRequested())
          .append(" trials; the figures are those of the trials that finished.</div>\n");
    }
    h.append("<div class=\"cards\">\n");
    Proportion noLeak = s.noLeak();
    h.append("<div class=\"card\"><div class=\"label\">P(no leak): no threat reaches the ground")
        .append("</div>\n<div class=\"big\" id=\"p-no-leak\">")
        .append(Markup.probability(noLeak))
        .append("</div>\n<div class=\"sub\">95% interval ")
        .append(Markup.interval(noLeak))
        .append(", ")
        .append(noLeak.successes())
        .append(" of ")
        .append(noLeak.trials())
        .append(" trials</div></div>\n");
    h.append("<div class=\"card\"><div class=\"label\">Leakers per raid (mean)</div>\n")
        .append("<div class=\"big\" id=\"leakers-mean\">")
        .append(Markup.number(s.leakersMean(), 2))
        .append("</div>\n<div class=\"sub\">of ")
        .append(count(s.perThreat().size(), "threat", "threats"))
        .append(" in the raid</div></div>\n");
    h.append("<div class=\"card\"><div class=\"label\">Interceptors fired per raid (mean)</div>\n")
        .append("<div class=\"big\" id=\"interceptors-mean\">")
        .append(Markup.number(s.interceptorsFiredMean(), 2))
        .append("</div>\n<div class=\"sub\">of ")
        .append(s.perBattery().stream().mapToInt(RunSummary.BatteryStats::inventory).sum())
        .append(" in the batteries' inventories</div></div>\n");
    h.append("</div>\n<h3>How many threats got through</h3>\n")
        .append(ReportPlots.leakers(s))
        .append(
            "\n<p class=\"caption\">Share of trials with each number of leakers; the green bar ")
        .append("is P(no leak). Hover over a bar for its count.</p>\n</section>\n");
  }

  private static void threats(StringBuilder h, RunSummary s) {
    h.append("<section id=\"threats\">\n<h2>Per threat</h2>\n")
        .append(ReportPlots.killProbability(s))
        .append("\n<p class=\"caption\">The dot is the share of trials in which the threat was ")
        .append("destroyed; the whiskers are its Wilson 95% interval.</p>\n")
        .append(
            "<div class=\"scroll\"><table id=\"per-threat\">\n<thead><tr><th>threat</th><th>missile</th>")
        .append("<th>asset</th><th class=\"n\">detected</th><th class=\"n\">firm track</th>")
        .append("<th class=\"n\">engaged</th><th class=\"n\">killed</th>")
        .append("<th class=\"n\">95% interval</th><th class=\"n\">killed by M / U / L</th>")
        .append("<th class=\"n\">interceptors</th></tr></thead>\n<tbody>\n");
    for (RunSummary.ThreatStats t : s.perThreat()) {
      List<String> byLayer = new ArrayList<>();
      for (Layer layer : Layer.values()) {
        byLayer.add(Markup.number(t.killedByLayer().get(layer.ordinal()).value(), 2));
      }
      h.append("<tr>");
      cell(h, t.threatId());
      cell(h, t.missileId());
      cell(h, t.assetId().isEmpty() ? "–" : t.assetId());
      number(h, Markup.probability(t.detected()));
      number(h, Markup.probability(t.firmTracked()));
      number(h, Markup.probability(t.engaged()));
      number(h, Markup.probability(t.killed()));
      h.append("<td class=\"n ci\">").append(Markup.interval(t.killed())).append("</td>");
      number(h, String.join(" / ", byLayer));
      number(h, Markup.number(t.interceptorsMean(), 2));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n<p class=\"note\">Probabilities over the trials, the 95% ")
        .append("interval that of being killed. Detected and firm track: by a network that a ")
        .append("battery fires on. Layers: M midcourse, U upper terminal, L lower terminal. ")
        .append("Interceptors: mean fired at the threat per raid.</p>\n</section>\n");
  }

  private static void assetsAndBatteries(StringBuilder h, RunSummary s) {
    h.append("<section id=\"defence\">\n<h2>Assets, batteries and layers</h2>\n");
    if (s.perAsset().isEmpty() && s.perBattery().isEmpty()) {
      h.append("<p class=\"note\">The scenario has no defended assets and no batteries.</p>\n");
    }
    if (!s.perAsset().isEmpty()) {
      h.append(
              "<h3>Defended assets</h3>\n<div class=\"scroll\"><table id=\"per-asset\">\n<thead><tr><th>asset</th>")
          .append("<th class=\"n\">value</th><th class=\"n\">threats aimed</th>")
          .append("<th class=\"n\">P(survived)</th><th class=\"n\">95% interval</th>")
          .append("<th class=\"n\">leakers per raid</th></tr></thead>\n<tbody>\n");
      for (RunSummary.AssetStats a : s.perAsset()) {
        h.append("<tr>");
        cell(h, a.assetId());
        number(h, Markup.number(a.value(), 1));
        number(h, Integer.toString(a.threatsAimed()));
        number(h, Markup.probability(a.survived()));
        h.append("<td class=\"n ci\">").append(Markup.interval(a.survived())).append("</td>");
        number(h, Markup.number(a.leakersMean(), 2));
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }
    if (!s.perBattery().isEmpty()) {
      h.append("<h3>Batteries</h3>\n")
          .append(ReportPlots.batteries(s))
          .append(
              "\n<div class=\"scroll\"><table id=\"per-battery\">\n<thead><tr><th>battery</th><th>interceptor</th>")
          .append("<th>layer</th><th class=\"n\">inventory</th><th class=\"n\">fired</th>")
          .append("<th class=\"n\">kills</th><th class=\"n\">P(emptied)</th>")
          .append("<th class=\"n\">95% interval</th></tr></thead>\n<tbody>\n");
      for (RunSummary.BatteryStats b : s.perBattery()) {
        h.append("<tr>");
        cell(h, b.batteryId());
        cell(h, b.interceptorId());
        cell(h, RunFiles.name(b.layer()));
        number(h, Integer.toString(b.inventory()));
        number(h, Markup.number(b.firedMean(), 2));
        number(h, Markup.number(b.killsMean(), 2));
        number(h, Markup.probability(b.emptied()));
        h.append("<td class=\"n ci\">").append(Markup.interval(b.emptied())).append("</td>");
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n<p class=\"note\">Fired and kills: means per raid. ")
          .append("P(emptied): share of trials in which the battery fired its whole inventory.")
          .append("</p>\n");
    }
    if (!s.perLayer().isEmpty()) {
      h.append(
              "<h3>Layers</h3>\n<div class=\"scroll\"><table id=\"per-layer\">\n<thead><tr><th>layer</th>")
          .append("<th class=\"n\">fired per raid</th><th class=\"n\">kills per raid</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (RunSummary.LayerStats l : s.perLayer()) {
        h.append("<tr>");
        cell(h, RunFiles.name(l.layer()));
        number(h, Markup.number(l.firedMean(), 2));
        number(h, Markup.number(l.killsMean(), 2));
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }
    h.append("</section>\n");
  }

  private static void trialZero(StringBuilder h, RunResult result, byte[] mapPng) {
    Scenario scenario = result.plan().scenario();
    h.append("<section id=\"trial-0\">\n<h2>Trial 0</h2>\n<p class=\"note\">One trial as it ")
        .append("happened: ")
        .append(result.firstTrial().outcome().leakers())
        .append(" of ")
        .append(count(scenario.threats().size(), "threat", "threats"))
        .append(" reached the ground, ")
        .append(result.firstTrial().outcome().interceptorsFired())
        .append(" interceptors were fired. Its event log is events.jsonl; trial0.czml plays it ")
        .append("on a globe.</p>\n<h3>Timeline</h3>\n")
        .append(ReportPlots.timeline(scenario, result.firstTrial()))
        .append(
            "\n<p class=\"caption\">Hover over a bar or mark for its times. Detection and firm ")
        .append("track are those of every network that received the threat.</p>\n<h3>Map</h3>\n")
        .append("<img class=\"map\" alt=\"Map of ")
        .append(Markup.escape(scenario.name()))
        .append(": launch areas, ground tracks, batteries, radars, assets and trial 0's intercept ")
        .append("points\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(mapPng))
        .append("\"/>\n<p class=\"caption\">Ground tracks from launch to aim point, blue where ")
        .append("the threat was destroyed in trial 0 and vermillion where it reached the ground; ")
        .append("triangles are launch areas (dark red) and batteries (dark blue), squares radars, ")
        .append("circles assets and aim points, crosses intercepts (green a kill, grey a miss).")
        .append("</p>\n</section>\n");
  }

  private static void scenarioSection(StringBuilder h, Scenario scenario) {
    h.append("<section id=\"scenario\">\n<h2>Scenario</h2>\n<h3>Threats</h3>\n")
        .append(
            "<div class=\"scroll\"><table id=\"threat-list\">\n<thead><tr><th>threat</th><th>missile</th>")
        .append("<th>from</th><th>to</th><th>trajectory</th><th class=\"n\">launch (s)</th>")
        .append("<th class=\"n\">impact (s)</th></tr></thead>\n<tbody>\n");
    for (Threat t : scenario.threats()) {
      h.append("<tr>");
      cell(h, t.id());
      cell(h, t.missile().type().name());
      cell(h, place(t.from()));
      cell(h, place(t.to()));
      cell(h, shape(t.shape()));
      number(h, Markup.number(t.launchTimeS(), 1));
      number(h, Markup.number(t.impactTimeS(), 1));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");

    h.append(
            "<h3>Sensors</h3>\n<div class=\"scroll\"><table id=\"sensors\">\n<thead><tr><th>sensor</th><th>type</th>")
        .append("<th class=\"n\">latitude (deg)</th><th class=\"n\">longitude (deg)</th>")
        .append("<th>notes</th></tr></thead>\n<tbody>\n");
    for (Radar r : scenario.radars()) {
      h.append("<tr>");
      cell(h, r.id());
      cell(h, r.type().name());
      number(h, Markup.number(r.position().latitudeDeg(), 3));
      number(h, Markup.number(r.position().longitudeDeg(), 3));
      cell(h, count(r.faces().size(), "face", "faces"));
      h.append("</tr>\n");
    }
    for (SatelliteSensor sat : scenario.satellites()) {
      h.append("<tr>");
      cell(h, sat.constellation().id());
      cell(h, sat.constellation().type().name());
      cell(h, "–");
      cell(h, "–");
      cell(
          h,
          count(sat.constellation().geoLongitudesRad().size(), "satellite", "satellites")
              + (sat.cuedRadarIds().isEmpty()
                  ? ""
                  : "; cues " + String.join(", ", sat.cuedRadarIds())));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");

    h.append(
            "<h3>Networks</h3>\n<div class=\"scroll\"><table id=\"networks\">\n<thead><tr><th>network</th>")
        .append("<th>node</th><th>sensors (latency)</th></tr></thead>\n<tbody>\n");
    for (Network n : scenario.networks()) {
      List<String> links = new ArrayList<>();
      for (Network.Link l : n.links()) {
        links.add(l.sensorId() + " (" + Markup.number(l.latencyS(), 1) + " s)");
      }
      h.append("<tr>");
      cell(h, n.id());
      cell(h, n.node().map(RunReport::place).orElse("–"));
      cell(h, String.join(", ", links));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");

    h.append(
            "<h3>Batteries</h3>\n<div class=\"scroll\"><table id=\"batteries\">\n<thead><tr><th>battery</th>")
        .append("<th>site</th><th>interceptor</th><th class=\"n\">inventory</th>")
        .append("<th class=\"n\">launchers</th><th class=\"n\">fire channels</th>")
        .append("<th>network</th><th>fire control</th><th>doctrine</th></tr></thead>\n<tbody>\n");
    for (Battery b : scenario.batteries()) {
      Optional<String> radar = b.radarId();
      h.append("<tr>");
      cell(h, b.id());
      cell(h, place(b.site()));
      cell(h, b.type().name() + " (" + RunFiles.name(b.type().layer()) + ")");
      number(h, Integer.toString(b.inventory()));
      number(h, Integer.toString(b.launchers()));
      number(h, Integer.toString(b.fireChannels()));
      cell(h, b.networkId());
      cell(h, words(b.fireControl().name()) + radar.map(id -> ", own radar " + id).orElse(""));
      cell(
          h,
          String.format(
              Locale.ROOT,
              "%s, salvo of %d, assessment after %.0f s, right %.0f%% of the time",
              words(b.doctrine().policy().name()).replace("shoot look shoot", "shoot–look–shoot"),
              b.doctrine().salvoSize(),
              b.doctrine().killAssessmentDelayS(),
              100 * b.doctrine().killAssessmentAccuracy()));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");

    if (!scenario.assets().isEmpty()) {
      h.append(
              "<h3>Defended assets</h3>\n<div class=\"scroll\"><table id=\"assets\">\n<thead><tr><th>asset</th>")
          .append("<th>place</th><th class=\"n\">value</th></tr></thead>\n<tbody>\n");
      for (DefendedAsset a : scenario.assets()) {
        h.append("<tr>");
        cell(h, a.id());
        cell(h, place(a.place()));
        number(h, Markup.number(a.value(), 1));
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }
    h.append("</section>\n");
  }

  private static void setting(StringBuilder h, String name, String value) {
    h.append("<div><span>")
        .append(Markup.escape(name))
        .append("</span><strong>")
        .append(Markup.escape(value))
        .append("</strong></div>");
  }

  private static void cell(StringBuilder h, String text) {
    h.append("<td>").append(Markup.escape(text)).append("</td>");
  }

  private static void number(StringBuilder h, String text) {
    h.append("<td class=\"n\">").append(Markup.escape(text)).append("</td>");
  }

  private static String place(Place p) {
    return String.format(
        Locale.ROOT,
        "%s (%.2f°, %.2f°)",
        p.name(),
        p.position().latitudeDeg(),
        p.position().longitudeDeg());
  }

  /** A trajectory shape in words, as the scenario file asks for it. */
  private static String shape(TrajectoryShape shape) {
    if (shape instanceof TrajectoryShape.Apogee apogee) {
      return String.format(Locale.ROOT, "apogee %.0f km", apogee.apogeeM() / 1000);
    }
    return shape instanceof TrajectoryShape.Depressed ? "depressed" : "minimum energy";
  }

  /** An enum constant's name as words, e.g. {@code engage on remote}. */
  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
