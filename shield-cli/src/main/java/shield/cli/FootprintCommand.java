package shield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shield.analysis.Footprint;
import shield.analysis.FootprintResult;
import shield.analysis.FootprintResult.AreaResult;
import shield.analysis.FootprintResult.Status;
import shield.analysis.Region;
import shield.export.FootprintFiles;
import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.Threat;

/** {@code shield footprint}: the area a scenario's architecture defends against one missile. */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "For every cell of a latitude-longitude grid, flies a missile on its minimum-energy "
          + "trajectory from each launch area to the cell's centre and asks whether the "
          + "scenario's batteries, radars and networks can engage it: how many shoot-look-shoot "
          + "opportunities the doctrines get and the kill probability of their shots. Reports "
          + "the defended area (cells threatened from at least one launch area and engaged from "
          + "every launch area that reaches them) and the area with a kill probability at or "
          + "above the threshold.",
      "Writes footprint.json, footprint.csv, footprint.geojson and footprint.png into the "
          + "output folder. See docs/footprint.md.",
      "Exit codes: 0 done, 2 bad input."
    })
final class FootprintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML, see docs/scenario.md).")
  Path scenarioFile;

  @Option(
      names = "--from",
      paramLabel = "PLACE[,PLACE...]",
      description =
          "Launch areas: catalog places or LAT,LON pairs in degrees, separated by commas; the flag "
              + "may be repeated (default: the launch sites of the scenario's threats).")
  List<String> from;

  @Option(
      names = "--region",
      paramLabel = "LAT1,LON1,LAT2,LON2",
      description =
          "Two opposite corners of the grid's box, in degrees (default: Europe, 34 to 72 N, "
              + "11 W to 45 E).")
  String region;

  @Option(
      names = "--grid-deg",
      paramLabel = "D",
      description = "Cell size in latitude and longitude (deg) (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  double gridDeg;

  @Option(
      names = "--missile",
      paramLabel = "ID",
      description = "Catalog missile class (default: the type of the scenario's first threat).")
  String missileId;

  @Option(
      names = "--kill-threshold",
      paramLabel = "P",
      description =
          "Kill probability a cell needs to count in the kill area (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.9")
  double killThreshold;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the files (default: out/<scenario name>-footprint).")
  Path outDir;

  @Option(
      names = "--json",
      description = "Print the summary as JSON (footprint.json without its cells).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    int threadCount = threads.count();
    if (!(killThreshold >= 0 && killThreshold <= 1)) {
      throw new UserInputException(
          "--kill-threshold: must be a probability in [0, 1], got " + killThreshold);
    }
    Region box = region == null ? Region.EUROPE : RegionOption.parse(region);
    if (!(gridDeg > 0) || gridDeg > Math.min(box.heightDeg(), box.widthDeg())) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "--grid-deg: must be positive and at most the region's %.3g x %.3g deg, got %s",
              box.heightDeg(),
              box.widthDeg(),
              gridDeg));
    }
    Region.Grid grid = box.grid(gridDeg);
    // The flags are read before the scenario, whose loading aims every threat.
    List<Place> given = from == null ? null : launchAreas(from);
    MissileClass named = missileId == null ? null : catalogMissile(missileId);
    Scenario scenario = ScenarioOption.load(scenarioFile);
    MissileClass missile = named != null ? named : firstThreatMissile(scenario);
    List<Place> areas = given != null ? given : threatSites(scenario);
    Path dir = outDir != null ? outDir : Path.of("out", scenario.name() + "-footprint");

    FootprintResult result;
    try (TerminalProgress progress =
        TerminalProgress.preparing(
            "shield: aiming the missile along ladders and building flyout tables...",
            "cells",
            areas.size() * grid.size())) {
      Footprint footprint = new Footprint(scenario, missile, areas, grid, killThreshold);
      progress.start();
      result = footprint.run(threadCount, progress::step);
    }
    write(result, scenario, dir);
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> summary = FootprintFiles.summaryJson(result);
    if (json) {
      FootprintFiles.writeJson(summary, out);
    } else {
      printHuman(out, result, dir);
    }
    out.flush();
    return 0;
  }

  private static MissileClass catalogMissile(String id) {
    try {
      return Catalog.builtIn().missile(id);
    } catch (CatalogException e) {
      throw new UserInputException("--missile: " + e.getMessage());
    }
  }

  private static MissileClass firstThreatMissile(Scenario scenario) {
    if (scenario.threats().isEmpty()) {
      throw new UserInputException(
          "--missile: the scenario has no threats to take the missile from; name a catalog "
              + "missile (see shield catalog)");
    }
    return scenario.threats().get(0).missile();
  }

  private static List<Place> threatSites(Scenario scenario) {
    Map<String, Place> sites = new LinkedHashMap<>();
    for (Threat t : scenario.threats()) {
      sites.putIfAbsent(t.from().id(), t.from());
    }
    if (sites.isEmpty()) {
      throw new UserInputException(
          "--from: the scenario has no threats to take launch areas from; give places or LAT,LON");
    }
    return List.copyOf(sites.values());
  }

  /**
   * Reads the launch areas: comma-separated items, where a number starts a LAT,LON pair and
   * anything else is a catalog place.
   */
  static List<Place> launchAreas(List<String> values) {
    List<Place> out = new ArrayList<>();
    for (String value : values) {
      for (String text : PlaceListOption.split(value, "--from")) {
        out.add(PlaceOption.parse(text, "--from"));
      }
    }
    return out;
  }

  private static void write(FootprintResult result, Scenario scenario, Path dir)
      throws IOException {
    try (Writer w = OutputFiles.writer(dir.resolve("footprint.json"), "--out")) {
      FootprintFiles.writeJson(FootprintFiles.json(result), w);
    }
    try (Writer w = OutputFiles.writer(dir.resolve("footprint.csv"), "--out")) {
      FootprintFiles.writeCsv(result, w);
    }
    try (Writer w = OutputFiles.writer(dir.resolve("footprint.geojson"), "--out")) {
      FootprintFiles.geoJson(result, scenario).write(w);
    }
    Files.createDirectories(dir);
    FootprintFiles.writePng(result, scenario, dir.resolve("footprint.png"));
  }

  private static void printHuman(PrintWriter out, FootprintResult r, Path dir) {
    Region.Grid grid = r.grid();
    Region box = grid.region();
    out.printf(
        Locale.ROOT,
        "%s against %s: %d x %d cells of %s deg over %.1f..%.1f N, %.1f..%.1f E%n",
        r.scenarioName(),
        r.missileId(),
        grid.rows(),
        grid.columns(),
        grid.stepDeg(),
        box.southDeg(),
        box.northDeg(),
        box.westDeg(),
        box.eastDeg());
    out.printf(
        Locale.ROOT,
        "defended area      %,12.0f km2  (%d cells; threatened from at least one launch area and "
            + "engaged from every launch area that reaches them)%n",
        r.defendedAreaM2() / 1e6,
        r.defendedCells());
    out.printf(
        Locale.ROOT, "P_kill >= %.2f     %,12.0f km2%n", r.killThreshold(), r.killAreaM2() / 1e6);
    out.printf(
        Locale.ROOT,
        "threatened area    %,12.0f km2  (reached from at least one launch area)%n",
        r.threatenedAreaM2() / 1e6);
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %12s %12s %12s %16s %16s%n",
        "launch area",
        "out of range",
        "not engaged",
        "engaged",
        "reached km2",
        "engaged km2");
    for (int a = 0; a < r.areas().size(); a++) {
      AreaResult area = r.areas().get(a);
      out.printf(
          Locale.ROOT,
          "%-20s %12d %12d %12d %,16.0f %,16.0f%n",
          area.launchArea().id(),
          area.count(Status.OUT_OF_RANGE),
          area.count(Status.NOT_ENGAGED),
          area.count(Status.ENGAGED),
          r.reachedAreaM2(a) / 1e6,
          r.engagedAreaM2(a) / 1e6);
    }
    out.println();
    out.println(
        "files in " + dir + ": footprint.json footprint.csv footprint.geojson footprint.png");
  }
}
