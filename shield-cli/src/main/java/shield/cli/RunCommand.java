package shield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shield.engage.InterceptorPath;
import shield.engage.Layer;
import shield.export.Parquet;
import shield.export.RunCzml;
import shield.export.RunFiles;
import shield.export.RunGeoJson;
import shield.export.RunKml;
import shield.export.RunReport;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.MonteCarlo;
import shield.sim.Proportion;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunResult;
import shield.sim.RunSettings;
import shield.sim.RunSummary;
import shield.sim.Shot;
import shield.sim.TrialOutcome;

/** {@code shield run}: whole engagements of a scenario, many times over, and their statistics. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Simulates a scenario's whole defence - detection, tracking, decisions, interceptor "
          + "launches, intercepts, kill assessment, second shots - in many independent trials, "
          + "and reports the probability that no missile gets through, the leakers per raid, "
          + "the interceptors fired, and the figures per threat, asset, battery and layer, "
          + "with 95%% intervals.",
      "Writes summary.json, trials.csv (one row per trial and threat), events.jsonl (trial 0's "
          + "event log), trial0.czml (trial 0 with the sites and radar coverage, for CesiumJS), "
          + "trial0.kml (the same for Google Earth), scenario.geojson (sites, coverage, ground "
          + "tracks and trial 0's intercepts, for GIS) and report.html (the run as one "
          + "self-contained page: statistics, plots, timeline and map; docs/report.md) into the "
          + "output folder, and with --parquet trials.parquet. Ctrl-C stops after the trials in "
          + "hand and writes what finished, marked partial. See docs/run.md and docs/exports.md.",
      "Exit codes: 0 done, 2 bad input."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML, see docs/scenario.md).")
  Path scenarioFile;

  @Mixin MonteCarloOptions monteCarlo;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the files (default: out/<scenario name>).")
  Path outDir;

  @Option(
      names = "--parquet",
      description =
          "Also write trials.parquet: trials.csv with typed columns, through DuckDB (its native "
              + "library is unpacked on first use, about a second).")
  boolean parquet;

  @Option(names = "--json", description = "Print the summary as JSON (as in summary.json).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    RunSettings settings = monteCarlo.settings();
    Scenario scenario = ScenarioOption.load(scenarioFile);
    Path dir = outDir != null ? outDir : Path.of("out", scenario.name());

    // Ctrl-C starts the JVM's shutdown: the hook asks the run to stop after the trials in hand
    // and holds the JVM until the files are written and the summary printed.
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopAndWait(stop, finished), "shield-run-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      RunResult result = runAndWrite(scenario, settings, dir, stop);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        RunFiles.writeSummary(result.summary(), out);
      } else {
        printHuman(out, result.summary(), dir);
        if (parquet) {
          out.println("and trials.parquet (docs/exports.md)");
        }
      }
      out.flush();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already shutting down (Ctrl-C): the hook has been let go by the latch.
      }
    }
    return 0;
  }

  private static void stopAndWait(AtomicBoolean stop, CountDownLatch finished) {
    stop.set(true);
    boolean interrupted = false;
    while (true) {
      try {
        finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs the trials, streaming trials.csv, then writes the other four files. */
  private RunResult runAndWrite(
      Scenario scenario, RunSettings settings, Path dir, AtomicBoolean stop) throws IOException {
    List<String> threatIds = scenario.threats().stream().map(Threat::id).toList();
    List<String> batteryIds = scenario.batteries().stream().map(Battery::id).toList();
    RunResult result;
    try (RunFiles.TrialsCsv csv =
            new RunFiles.TrialsCsv(threatIds, batteryIds, file(dir, "trials.csv"));
        TerminalProgress progress =
            TerminalProgress.preparing(
                "shield: preparing trajectories, sensing and flyout tables...",
                "trials",
                settings.trials())) {
      RunListener listener =
          new RunListener() {
            @Override
            public void prepared(RunPlan plan) {
              progress.start();
            }

            @Override
            public void trialsDone(List<TrialOutcome> outcomes) {
              try {
                csv.append(outcomes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              progress.stepBy(outcomes.size());
            }
          };
      try {
        result = new MonteCarlo(scenario, settings).run(listener, stop::get);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    try (Writer w = file(dir, "summary.json")) {
      RunFiles.writeSummary(result.summary(), w);
    }
    try (Writer w = file(dir, "events.jsonl")) {
      RunFiles.writeEvents(result.firstTrial().events(), w);
    }
    Function<Shot, InterceptorPath> flights = RunCzml.interceptorFlights(result);
    try (Writer w = file(dir, "trial0.czml")) {
      RunCzml.write(result.plan().scenario(), result.firstTrial(), flights, w);
    }
    writeExports(result, flights, dir);
    try (Writer w = file(dir, "report.html")) {
      RunReport.write(result, w);
    }
    return result;
  }

  /** Writes trial0.kml and scenario.geojson, and trials.parquet from trials.csv if asked. */
  private void writeExports(RunResult result, Function<Shot, InterceptorPath> flights, Path dir)
      throws IOException {
    try (Writer w = file(dir, "trial0.kml")) {
      RunKml.write(result.plan().scenario(), result.firstTrial(), flights, w);
    }
    try (Writer w = file(dir, "scenario.geojson")) {
      RunGeoJson.write(result, w);
    }
    if (parquet) {
      Parquet.fromCsv(
          dir.resolve("trials.csv"), dir.resolve("trials.parquet"), RunFiles.TRIALS_COLUMNS);
    }
  }

  private static Writer file(Path dir, String name) {
    return OutputFiles.writer(dir.resolve(name), "--out");
  }

  /** Prints the summary as tables: the run, then per threat, asset, battery and layer. */
  static void printHuman(PrintWriter out, RunSummary s, Path dir) {
    out.printf(
        Locale.ROOT,
        "%s: %s, %s; %d trials, seed %d, %d sensing draws, %s assignment%n",
        s.scenario(),
        count(s.perThreat().size(), "threat", "threats"),
        count(s.perBattery().size(), "battery", "batteries"),
        s.trials(),
        s.seed(),
        s.sensingDraws(),
        s.assignment());
    if (s.partial()) {
      out.printf(
          Locale.ROOT, "PARTIAL: stopped after %d of %d trials%n", s.trials(), s.trialsRequested());
    }
    out.println();
    out.printf(Locale.ROOT, "%-22s %s   (95%% interval)%n", "P(no leak)", withInterval(s.noLeak()));
    out.printf(
        Locale.ROOT,
        "%-22s %s of %d per raid%n",
        "leakers",
        number(s.leakersMean(), 2),
        s.perThreat().size());
    out.printf(Locale.ROOT, "%-22s %s%n", "leakers distribution", distribution(s));
    out.printf(
        Locale.ROOT,
        "%-22s %s per raid%n",
        "interceptors fired",
        number(s.interceptorsFiredMean(), 2));

    out.println();
    String threatRow = "%-20s %-14s %-14s %8s %8s %8s  %-22s %-20s %12s%n";
    out.printf(
        Locale.ROOT,
        threatRow,
        "threat",
        "missile",
        "asset",
        "detected",
        "firm",
        "engaged",
        "killed (95%)",
        "killed by M / U / L",
        "interceptors");
    for (RunSummary.ThreatStats t : s.perThreat()) {
      out.printf(
          Locale.ROOT,
          threatRow,
          t.threatId(),
          t.missileId(),
          t.assetId().isEmpty() ? "-" : t.assetId(),
          number(t.detected().value(), 3),
          number(t.firmTracked().value(), 3),
          number(t.engaged().value(), 3),
          withInterval(t.killed()),
          byLayer(t.killedByLayer()),
          number(t.interceptorsMean(), 2));
    }
    out.println("  (layers: M midcourse, U upper terminal, L lower terminal)");

    if (!s.perAsset().isEmpty()) {
      out.println();
      String assetRow = "%-20s %8s %8s  %-24s %10s%n";
      out.printf(
          Locale.ROOT, assetRow, "asset", "value", "threats", "P(survived) (95%)", "leakers");
      for (RunSummary.AssetStats a : s.perAsset()) {
        out.printf(
            Locale.ROOT,
            assetRow,
            a.assetId(),
            number(a.value(), 1),
            a.threatsAimed(),
            withInterval(a.survived()),
            number(a.leakersMean(), 2));
      }
    }

    if (!s.perBattery().isEmpty()) {
      out.println();
      String batteryRow = "%-20s %-12s %-15s %9s %8s %8s %10s%n";
      out.printf(
          Locale.ROOT,
          batteryRow,
          "battery",
          "interceptor",
          "layer",
          "inventory",
          "fired",
          "kills",
          "P(emptied)");
      for (RunSummary.BatteryStats b : s.perBattery()) {
        out.printf(
            Locale.ROOT,
            batteryRow,
            b.batteryId(),
            b.interceptorId(),
            RunFiles.name(b.layer()),
            b.inventory(),
            number(b.firedMean(), 2),
            number(b.killsMean(), 2),
            number(b.emptied().value(), 3));
      }
    }

    if (!s.perLayer().isEmpty()) {
      out.println();
      String layerRow = "%-20s %8s %8s%n";
      out.printf(Locale.ROOT, layerRow, "layer", "fired", "kills");
      for (RunSummary.LayerStats l : s.perLayer()) {
        out.printf(
            Locale.ROOT,
            layerRow,
            RunFiles.name(l.layer()),
            number(l.firedMean(), 2),
            number(l.killsMean(), 2));
      }
      out.println("  (means per raid)");
    }

    out.println();
    out.println(
        "files in "
            + dir
            + ": summary.json, trials.csv, events.jsonl, trial0.czml, trial0.kml, scenario.geojson,"
            + " report.html (docs/run.md, docs/exports.md)");
  }

  /** Share of trials with each number of leakers, for the numbers that occurred. */
  private static String distribution(RunSummary s) {
    if (s.trials() == 0) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    long[] histogram = s.leakersHistogram();
    for (int leakers = 0; leakers < histogram.length; leakers++) {
      if (histogram[leakers] > 0) {
        parts.add(
            String.format(
                Locale.ROOT, "%d: %.1f%%", leakers, 100.0 * histogram[leakers] / s.trials()));
      }
    }
    return String.join("  ", parts);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String byLayer(List<Proportion> killedByLayer) {
    List<String> parts = new ArrayList<>();
    for (Layer layer : Layer.values()) {
      parts.add(number(killedByLayer.get(layer.ordinal()).value(), 2));
    }
    return String.join(" / ", parts);
  }

  private static String withInterval(Proportion p) {
    if (p.trials() == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", p.value(), p.low95(), p.high95());
  }

  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
