package shield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shield.export.ScenarioCzml;
import shield.export.SenseReportFiles;
import shield.scenario.Scenario;
import shield.sim.NetworkWarning;
import shield.sim.SenseReport;
import shield.sim.SensingRun;
import shield.sim.SensorSighting;
import shield.sim.ThreatSensing;

/** {@code shield sense}: who sees which missile when, and how much warning each network gets. */
@Command(
    name = "sense",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs a scenario's sensors and networks over its threats: for every missile, which sensor "
          + "saw it first, when and how high; when each network first had a firm "
          + "(fire-control quality) track and how accurate it was; and the warning each network "
          + "had before impact.",
      "Times are seconds after the scenario's epoch. Exit codes: 0 done, 2 bad input."
    })
final class SenseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML, see docs/scenario.md).")
  Path scenarioFile;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write one row per threat and sensor or network as CSV.")
  Path csv;

  @Option(
      names = "--czml",
      paramLabel = "FILE",
      description =
          "Also write the timeline for CesiumJS: every threat's flight, where each was first "
              + "seen, the sites and each radar face's coverage volume (see docs/exports.md).")
  Path czml;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = ScenarioOption.load(scenarioFile);
    SenseReport report = new SensingRun(scenario).run(seed);
    if (csv != null) {
      try (Writer w = OutputFiles.writer(csv, "--csv")) {
        SenseReportFiles.writeCsv(report, w);
      }
    }
    if (czml != null) {
      try (Writer w = OutputFiles.writer(czml, "--czml")) {
        ScenarioCzml.write(report, w);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
              .writeValueAsString(SenseReportFiles.json(report)));
    } else {
      printHuman(out, report);
    }
    out.flush();
    return 0;
  }

  private static void printHuman(PrintWriter out, SenseReport report) {
    Scenario s = report.scenario();
    out.printf(
        Locale.ROOT,
        "%s: %d threats, %d radars, %d early-warning constellations, %d networks (seed %d)%n",
        s.name(),
        s.threats().size(),
        s.radars().size(),
        s.satellites().size(),
        s.networks().size(),
        report.seed());
    out.printf(Locale.ROOT, "times in seconds after %s%n", s.epoch());
    for (ThreatSensing t : report.threats()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%s  %s  %s -> %s  launch %.1f  impact %.1f  (flight %.1f min)%n",
          t.threat().id(),
          t.threat().missile().id(),
          t.threat().from().id(),
          t.threat().to().id(),
          t.threat().launchTimeS(),
          t.threat().impactTimeS(),
          (t.threat().impactTimeS() - t.threat().launchTimeS()) / 60);
      SensorSighting first = SenseReportFiles.firstSighting(t);
      if (first == null) {
        out.println("  seen by no sensor");
      } else {
        out.printf(
            Locale.ROOT,
            "  first seen by %s at %.1f, %.1f km up%n",
            first.sensorId(),
            first.firstDetectionS().getAsDouble(),
            first.altitudeAtFirstDetectionM().getAsDouble() / 1000);
      }
      out.printf(
          Locale.ROOT,
          "  %-20s %10s %9s %9s %10s%n",
          "sensor",
          "detections",
          "first",
          "last",
          "alt. km");
      for (SensorSighting x : t.sensors()) {
        out.printf(
            Locale.ROOT,
            "  %-20s %10d %9s %9s %10s%n",
            x.sensorId(),
            x.detections(),
            cell(x.firstDetectionS(), 1, 1),
            cell(x.lastDetectionS(), 1, 1),
            cell(x.altitudeAtFirstDetectionM(), 1000, 1));
      }
      out.printf(
          Locale.ROOT,
          "  %-20s %9s %-20s %9s %9s %9s %9s%n",
          "network",
          "detected",
          "by",
          "firm",
          "error m",
          "warn det",
          "warn firm");
      for (NetworkWarning w : t.networks()) {
        out.printf(
            Locale.ROOT,
            "  %-20s %9s %-20s %9s %9s %9s %9s%n",
            w.networkId(),
            cell(w.firstDetectionS(), 1, 1),
            w.firstSensorId().orElse("-"),
            cell(w.firmTrackS(), 1, 1),
            cell(w.firmTrackPositionErrorM(), 1, 0),
            cell(w.warningFromDetectionS(), 1, 1),
            cell(w.warningFromFirmTrackS(), 1, 1));
      }
    }
    printNetworkSummary(out, report);
  }

  /** Per network: how many threats it detected and firmly tracked, and the median warnings. */
  private static void printNetworkSummary(PrintWriter out, SenseReport report) {
    int n = report.threats().size();
    if (n == 0 || report.scenario().networks().isEmpty()) {
      return;
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %9s %9s %22s %22s%n",
        "network",
        "detected",
        "firm",
        "median warning det. s",
        "median warning firm s");
    for (int w = 0; w < report.scenario().networks().size(); w++) {
      int index = w;
      List<NetworkWarning> all =
          report.threats().stream().map(t -> t.networks().get(index)).toList();
      double[] det = present(all, NetworkWarning::warningFromDetectionS);
      double[] firm = present(all, NetworkWarning::warningFromFirmTrackS);
      out.printf(
          Locale.ROOT,
          "%-20s %9s %9s %22s %22s%n",
          report.scenario().networks().get(w).id(),
          det.length + "/" + n,
          firm.length + "/" + n,
          median(det),
          median(firm));
    }
  }

  /** The values that are present, of one warning of each threat. */
  private static double[] present(
      List<NetworkWarning> warnings, Function<NetworkWarning, OptionalDouble> warning) {
    return warnings.stream()
        .map(warning)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .toArray();
  }

  private static String median(double[] values) {
    if (values.length == 0) {
      return "-";
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    return String.format(Locale.ROOT, "%.1f", median);
  }

  private static String cell(OptionalDouble v, double divisor, int decimals) {
    return v.isPresent()
        ? String.format(Locale.ROOT, "%." + decimals + "f", v.getAsDouble() / divisor)
        : "-";
  }
}
