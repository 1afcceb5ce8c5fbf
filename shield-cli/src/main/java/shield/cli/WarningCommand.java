package shield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shield.analysis.Region;
import shield.analysis.WarningMap;
import shield.analysis.WarningMapResult;
import shield.export.WarningMapFiles;
import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.DefendedAsset;
import shield.scenario.MissileClass;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.Threat;

/** {@code shield warning}: the warning a network gets of missiles aimed at every cell of a grid. */
@Command(
    name = "warning",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "For a missile aimed at the centre of every cell of a grid from each launch area, flies it "
          + "on its minimum-energy trajectory and runs the network's sensors on it alone: the "
          + "warning the network gets from its first detection and from its first firm track to "
          + "impact. Per cell, the worst over the launch areas that can reach it. No warning "
          + "when the network knew of the missile only at or after impact.",
      "Writes warning.json, warning.csv, warning.geojson and warning.png (the warning from "
          + "first firm track, in minutes) into the output folder, and prints the statistics "
          + "and the warning at the scenario's assets. See docs/warning.md.",
      "Exit codes: 0 done, 2 bad input."
    })
final class WarningCommand implements Callable<Integer> {

  /** Degrees added around the threats' aim points and the assets for the default region. */
  static final double DEFAULT_REGION_MARGIN_DEG = 3;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML, see docs/scenario.md).")
  Path scenarioFile;

  @Option(
      names = "--network",
      paramLabel = "ID",
      required = true,
      description = "The scenario's network whose warning is mapped.")
  String networkId;

  @Option(
      names = "--from",
      paramLabel = "PLACE[,PLACE...]",
      description =
          "Launch areas: place ids of the scenario or the catalog, or LAT,LON in degrees; "
              + "repeatable (default: the launch places of the scenario's threats).")
  List<String> from;

  @Option(
      names = "--missile",
      paramLabel = "ID",
      description = "The missile flown at every cell (default: the first threat's).")
  String missileId;

  @Option(
      names = "--region",
      paramLabel = "LAT1,LON1,LAT2,LON2",
      description =
          "Two opposite corners of the grid in degrees (default: the box around the threats' "
              + "aim points and the assets, 3 degrees wider on every side, to whole degrees).")
  String region;

  @Option(
      names = "--grid-deg",
      paramLabel = "D",
      description = "Cell size in degrees (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  double gridDeg;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the files (default: out/<scenario name>-warning).")
  Path outDir;

  @Option(names = "--json", description = "Print the result as JSON (as in warning.json).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    int threadCount = threads.count();
    Scenario scenario = ScenarioOption.load(scenarioFile);
    if (scenario.network(networkId).isEmpty()) {
      throw new UserInputException(
          "--network: scenario "
              + scenario.name()
              + " has no network '"
              + networkId
              + "'; its networks: "
              + String.join(", ", scenario.networks().stream().map(Network::id).toList()));
    }
    List<Place> launchAreas = launchAreas(scenario);
    MissileClass missile = missile(scenario);
    Region.Grid grid = grid(scenario);
    Path dir = outDir != null ? outDir : Path.of("out", scenario.name() + "-warning");

    WarningMapResult result;
    ForkJoinPool pool = new ForkJoinPool(threadCount);
    try (TerminalProgress progress =
        TerminalProgress.started("missiles", grid.size() * launchAreas.size())) {
      result =
          new WarningMap(scenario, networkId, missile, launchAreas)
              .run(grid, seed, pool, progress::step);
    } finally {
      pool.shutdown();
    }

    Map<String, Object> tree = WarningMapFiles.json(result);
    ObjectMapper mapper = new ObjectMapper();
    try (Writer w = file(dir, "warning.json")) {
      mapper.writerWithDefaultPrettyPrinter().writeValue(w, tree);
    }
    try (Writer w = file(dir, "warning.csv")) {
      WarningMapFiles.writeCsv(result, w);
    }
    try (Writer w = file(dir, "warning.geojson")) {
      WarningMapFiles.writeGeoJson(result, w);
    }
    WarningMapFiles.writePng(result, dir.resolve("warning.png"));

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(mapper.writeValueAsString(tree));
    } else {
      printHuman(out, result, dir);
    }
    out.flush();
    return 0;
  }

  private static Writer file(Path dir, String name) {
    return OutputFiles.writer(dir.resolve(name), "--out");
  }

  /** The launch areas: --from's places, or the scenario's threats' launch places. */
  private List<Place> launchAreas(Scenario scenario) {
    if (from == null || from.isEmpty()) {
      List<Place> areas = new ArrayList<>();
      for (Threat t : scenario.threats()) {
        if (areas.stream().noneMatch(p -> p.id().equals(t.from().id()))) {
          areas.add(t.from());
        }
      }
      if (areas.isEmpty()) {
        throw new UserInputException(
            "--from: the scenario has no threats to take launch areas from; give "
                + "--from PLACE[,PLACE...]");
      }
      return areas;
    }
    Map<String, Place> known = new LinkedHashMap<>();
    for (Threat t : scenario.threats()) {
      known.putIfAbsent(t.from().id(), t.from());
      known.putIfAbsent(t.to().id(), t.to());
    }
    for (DefendedAsset a : scenario.assets()) {
      known.putIfAbsent(a.place().id(), a.place());
    }
    List<Place> areas = new ArrayList<>();
    for (String list : from) {
      for (String text : PlaceListOption.split(list, "--from")) {
        Place p = known.get(text.strip());
        areas.add(p != null ? p : PlaceOption.parse(text, "--from"));
      }
    }
    return areas;
  }

  private MissileClass missile(Scenario scenario) {
    if (missileId == null) {
      if (scenario.threats().isEmpty()) {
        throw new UserInputException(
            "--missile: the scenario has no threats to take the missile from; give --missile ID");
      }
      return scenario.threats().get(0).missile();
    }
    for (Threat t : scenario.threats()) {
      if (t.missile().id().equals(missileId)) {
        return t.missile();
      }
    }
    try {
      return Catalog.builtIn().missile(missileId);
    } catch (CatalogException e) {
      throw new UserInputException("--missile: " + e.getMessage());
    }
  }

  private Region.Grid grid(Scenario scenario) {
    Region box = region == null ? defaultRegion(scenario) : RegionOption.parse(region);
    if (!(gridDeg > 0) || gridDeg > Math.min(box.heightDeg(), box.widthDeg())) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "--grid-deg: must be positive and no larger than the region (%.4g by %.4g degrees),"
                  + " got %s",
              box.heightDeg(),
              box.widthDeg(),
              gridDeg));
    }
    return box.grid(gridDeg);
  }

  /**
   * The box around the threats' aim points and the assets, {@value #DEFAULT_REGION_MARGIN_DEG}°
   * wider on every side, its edges rounded out to whole degrees.
   */
  static Region defaultRegion(Scenario scenario) {
    List<Place> places = new ArrayList<>();
    scenario.threats().forEach(t -> places.add(t.to()));
    scenario.assets().forEach(a -> places.add(a.place()));
    if (places.isEmpty()) {
      throw new UserInputException(
          "--region: the scenario has no threats or assets to fit the region to; give "
              + "LAT1,LON1,LAT2,LON2");
    }
    double south = 90;
    double north = -90;
    double west = 180;
    double east = -180;
    for (Place p : places) {
      south = Math.min(south, p.position().latitudeDeg());
      north = Math.max(north, p.position().latitudeDeg());
      west = Math.min(west, p.position().longitudeDeg());
      east = Math.max(east, p.position().longitudeDeg());
    }
    return Region.ofCorners(
        Math.max(-90, Math.floor(south - DEFAULT_REGION_MARGIN_DEG)),
        Math.max(-180, Math.floor(west - DEFAULT_REGION_MARGIN_DEG)),
        Math.min(90, Math.ceil(north + DEFAULT_REGION_MARGIN_DEG)),
        Math.min(180, Math.ceil(east + DEFAULT_REGION_MARGIN_DEG)));
  }

  /** Prints the settings, the statistics table and the warning at the assets. */
  static void printHuman(PrintWriter out, WarningMapResult r, Path dir) {
    Region box = r.grid().region();
    out.printf(
        Locale.ROOT,
        "%s: warning of network %s against %s (minimum energy, launched at the epoch), seed %d%n",
        r.scenario().name(),
        r.network().id(),
        r.missile().id(),
        r.seed());
    out.printf(
        Locale.ROOT,
        "grid %.4g deg over %.4g..%.4g N, %.4g..%.4g E: %d cells, %d launch area%s%n",
        r.grid().stepDeg(),
        box.southDeg(),
        box.northDeg(),
        box.westDeg(),
        box.eastDeg(),
        r.grid().size(),
        r.launchAreas().size(),
        r.launchAreas().size() == 1 ? "" : "s");
    out.println();
    out.println("warning in minutes over the cells in reach (a cell without warning counts as 0);");
    out.println("worst: the least over the launch areas that reach the cell");
    String row = "%-22s %-10s %9s %8s %8s %8s %8s%n";
    out.printf(
        Locale.ROOT, row, "launch area", "from", "in reach", "warned", "min", "median", "max");
    for (int a = -1; a < r.launchAreas().size(); a++) {
      String name = a < 0 ? "worst" : r.launchAreas().get(a).id();
      for (boolean firm : new boolean[] {false, true}) {
        WarningMapResult.Statistics s = r.statistics(a, firm);
        out.printf(
            Locale.ROOT,
            row,
            firm ? "" : name,
            firm ? "firm track" : "detection",
            s.reached() + "/" + s.cells(),
            s.reached() == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * s.warnedFraction()),
            minutes(s.minimumS()),
            minutes(s.medianS()),
            minutes(s.maximumS()));
      }
    }
    if (!r.scenario().assets().isEmpty()) {
      out.println();
      out.println("warning in minutes at the assets' cells (worst; - none):");
      out.printf(
          Locale.ROOT,
          "%-22s %-16s %10s %10s%n",
          "asset",
          "cell centre",
          "detection",
          "firm track");
      for (DefendedAsset asset : r.scenario().assets()) {
        OptionalInt cell =
            r.cellAt(
                asset.place().position().latitudeDeg(), asset.place().position().longitudeDeg());
        if (cell.isEmpty()) {
          out.printf(Locale.ROOT, "%-22s %-16s%n", asset.id(), "outside the grid");
          continue;
        }
        int c = cell.getAsInt();
        if (r.reachedFrom(c) == 0) {
          out.printf(Locale.ROOT, "%-22s %-16s %21s%n", asset.id(), centre(r, c), "out of reach");
          continue;
        }
        out.printf(
            Locale.ROOT,
            "%-22s %-16s %10s %10s%n",
            asset.id(),
            centre(r, c),
            minutes(r.worstFromDetectionS(c)),
            minutes(r.worstFromFirmTrackS(c)));
      }
    }
    out.println();
    out.println("files in " + dir + ": warning.json, warning.csv, warning.geojson, warning.png");
  }

  private static String centre(WarningMapResult r, int cell) {
    return String.format(
        Locale.ROOT,
        "%.2f,%.2f",
        r.grid().centre(cell).latitudeDeg(),
        r.grid().centre(cell).longitudeDeg());
  }

  private static String minutes(OptionalDouble s) {
    return s.isPresent() ? minutes(s.getAsDouble()) : "-";
  }

  private static String minutes(double s) {
    return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.1f", s / 60);
  }
}
