package shield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shield.analysis.Comparison;
import shield.analysis.ComparisonResult;
import shield.analysis.ComparisonResult.Estimate;
import shield.analysis.ComparisonResult.Group;
import shield.analysis.ComparisonResult.Kind;
import shield.analysis.ComparisonResult.Metric;
import shield.analysis.Difference;
import shield.export.ComparisonFiles;
import shield.scenario.Scenario;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunSettings;
import shield.sim.TrialOutcome;

/** {@code shield compare}: two variants of one scenario run side by side, metric by metric. */
@Command(
    name = "compare",
    resourceBundle = "shield.cli.CompareCommand",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs two variants of one scenario (say NATO's sensors alone, and NATO's with Russian "
          + "radar data) with the same settings and the same seed (common random numbers), and "
          + "shows every metric of the run summary side by side - P(no leak), leakers, "
          + "interceptors, per threat, asset, battery and layer, and the warning each network "
          + "had from its first firm track - with its 95%% interval, the "
          + "difference A - B with its 95%% interval, and whether it is significant: for "
          + "proportions Newcombe's hybrid score interval (1998, method 10), for means Welch's t; "
          + "a difference is significant when its interval excludes 0, and 'Holm' marks those "
          + "that survive Holm's correction for testing every metric at once. Trials that share "
          + "one of the --sensing-draws are not independent: every interval and test uses the "
          + "effective number of trials they leave (the design effect).",
      "Threats, assets and batteries are matched by id; what only one side has is shown as "
          + "such. The scenarios must share at least one threat. Writes compare.json and "
          + "compare.csv into the output folder. See docs/compare.md.",
      "Exit codes: 0 done, 2 bad input."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first scenario file (YAML).")
  Path fileA;

  @Parameters(index = "1", paramLabel = "B", description = "The second scenario file (YAML).")
  Path fileB;

  @Mixin MonteCarloOptions monteCarlo;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the files (default: out/compare-<A name>-<B name>).")
  Path outDir;

  @Option(names = "--json", description = "Print the comparison as JSON (as in compare.json).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    RunSettings settings = monteCarlo.settings();
    Scenario a = ScenarioOption.load(fileA);
    Scenario b = ScenarioOption.load(fileB);
    Optional<String> incompatible = Comparison.incompatibility(a, b);
    if (incompatible.isPresent()) {
      throw new UserInputException(fileB + ": " + incompatible.get());
    }
    Path dir = outDir != null ? outDir : Path.of("out", "compare-" + a.name() + "-" + b.name());
    // Open the files first, so that an unwritable folder fails before the runs, not after.
    try (Writer jsonFile = OutputFiles.writer(dir.resolve("compare.json"), "--out");
        Writer csvFile = OutputFiles.writer(dir.resolve("compare.csv"), "--out")) {
      ComparisonResult result;
      try (TerminalProgress progress =
          TerminalProgress.started("trials (A, then B)", 2L * settings.trials())) {
        result = new Comparison(a, b, settings).run(listener(progress));
      }
      ComparisonFiles.writeJson(result, jsonFile);
      ComparisonFiles.writeCsv(result, csvFile);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ComparisonFiles.writeJson(result, out);
      } else {
        printHuman(out, result, dir);
      }
      out.flush();
    }
    return 0;
  }

  /** Names on the bar the scenario whose trials it is counting. */
  private static RunListener listener(TerminalProgress progress) {
    return new RunListener() {
      @Override
      public void prepared(RunPlan plan) {
        progress.note(plan.scenario().name());
      }

      @Override
      public void trialsDone(List<TrialOutcome> outcomes) {
        progress.stepBy(outcomes.size());
      }
    };
  }

  /** Prints the side-by-side table, one row per metric, grouped, then the count of significant. */
  static void printHuman(PrintWriter out, ComparisonResult r, Path dir) {
    out.printf(
        Locale.ROOT,
        "A: %s%nB: %s%n%d trials each, seed %d for both (common random numbers), %d sensing "
            + "draws, %s assignment%n",
        r.scenarioA(),
        r.scenarioB(),
        r.trials(),
        r.seed(),
        r.sensingDraws(),
        r.assignment());
    out.println(
        "95% intervals: Wilson for proportions, Student t for means; A - B by Newcombe's method"
            + " 10 (proportions) or Welch's t (means); all at the effective number of trials that"
            + " the shared sensing draws leave (design effect, in compare.json)");
    List<String[]> rows = new ArrayList<>();
    Group group = null;
    for (Metric m : r.metrics()) {
      if (m.group() != group) {
        group = m.group();
        rows.add(null);
        rows.add(new String[] {heading(group), "A", "B", "A - B", "significant?"});
      }
      int decimals = m.kind() == Kind.PROPORTION ? 3 : 2;
      rows.add(
          new String[] {
            (m.id().isEmpty() ? "" : m.id() + " ") + m.name(),
            m.a().map(e -> estimate(e, decimals)).orElse("(not in A)"),
            m.b().map(e -> estimate(e, decimals)).orElse("(not in B)"),
            m.difference().map(d -> difference(d, decimals)).orElse("-"),
            m.difference().isEmpty()
                ? "-"
                : m.significantAfterHolm() ? "yes, Holm too" : m.significant() ? "yes" : "no"
          });
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int c = 0; row != null && c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      if (row == null) {
        out.println();
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", row[c]));
        line.append(c < row.length - 1 ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%d of %d differences significant at 5%% (interval excludes 0); %d after Holm's "
            + "correction (family-wise 5%%)%n",
        r.significantCount(),
        r.holmFamilySize(),
        r.holmSignificantCount());
    out.println("files in " + dir + ": compare.json, compare.csv (docs/compare.md)");
  }

  private static String heading(Group group) {
    return switch (group) {
      case RUN -> "raid";
      case THREAT -> "threat";
      case ASSET -> "asset";
      case BATTERY -> "battery";
      case LAYER -> "layer";
      case NETWORK -> "network/threat";
    };
  }

  private static String estimate(Estimate e, int decimals) {
    return number(e.value(), decimals)
        + " ["
        + number(e.low95(), decimals)
        + ", "
        + number(e.high95(), decimals)
        + "]";
  }

  private static String difference(Difference d, int decimals) {
    return String.format(Locale.ROOT, "%+." + decimals + "f", d.value())
        + " ["
        + number(d.low95(), decimals)
        + ", "
        + number(d.high95(), decimals)
        + "]";
  }

  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
