package shield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.analysis.Deterrence;
import shield.analysis.DeterrenceTable;
import shield.analysis.TrackSource;
import shield.engage.InterceptorType;
import shield.export.DeterrenceFiles;
import shield.flight.TargetingException;
import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.RadarClass;
import shield.scenario.Scenario;
import shield.scenario.Threat;

/**
 * {@code shield deterrence}: could interceptors at a site catch an ICBM on its way, and from what
 * burnout speed on.
 */
@Command(
    name = "deterrence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Flies an ICBM on its minimum-energy trajectory, finds when the defence's sensors first "
          + "hold a firm track of it (the engine's sensing, fixed seed), and for each interceptor "
          + "burnout speed (the type's stages scaled alike) says whether interceptors at the site "
          + "could catch it after that track plus their reaction time: the intercept window, the "
          + "intercept altitudes and the threshold speed (bisected to 0.05 km/s).",
      "Every speed is flown in one kinematic envelope (5,000 km ground range, 1,000 s of "
          + "flight, 2,000 km ceiling; the type's floor kept): the question is reach, not the "
          + "catalog type's battle space. See docs/deterrence.md.",
      "--table prints the built-in table of Wilkening (2012): Russian ICBM fields x US cities x "
          + "Deveselu/Redzikowo x SM-3 IB/IIA/IIB, and the 2007 Poland GBI dispute "
          + "(5.4 and 6.3 against 7.7 and 8.3 km/s).",
      "Exit codes: 0 done, 2 bad input, 3 the ICBM cannot reach the city."
    })
final class DeterrenceCommand implements Callable<Integer> {

  private static final double M_PER_KM = 1000;

  /** Highest burnout speed accepted (km/s): below escape speed from the surface (11.2 km/s). */
  private static final double MAX_SPEED_KMPS = 11;

  @Spec CommandSpec spec;

  @Option(
      names = "--interceptor-site",
      paramLabel = "PLACE",
      description = "Where the interceptors stand: a catalog place id or LAT,LON[,ALT_M].")
  String interceptorSite;

  @Option(
      names = "--interceptor",
      paramLabel = "ID",
      description = "Interceptor type (catalog id, e.g. sm3-iia, gbi).")
  String interceptor;

  @Option(
      names = "--icbm-from",
      paramLabel = "PLACE",
      description = "Launch place: a catalog place id or LAT,LON[,ALT_M].")
  String icbmFrom;

  @Option(
      names = "--icbm-to",
      paramLabel = "PLACE",
      description = "Aim point: a catalog place id or LAT,LON[,ALT_M].")
  String icbmTo;

  @Option(
      names = "--speeds-kmps",
      paramLabel = "V,...",
      split = ",",
      description = "Burnout speeds to try, increasing (default 3,3.5,...,9).")
  List<Double> speedsKmps;

  @Option(
      names = "--sensors",
      paramLabel = "TYPE@PLACE,...",
      description =
          "Radars whose network's firm track cues the launch: catalog radar types at places, "
              + "e.g. spy1@redzikowo,uewr@fylingdales; faces all round, cued by early-warning "
              + "satellites. Default: the table's European network (SPY-1 at Deveselu and "
              + "Redzikowo, AN/TPY-2 at Kurecik, the early-warning radar at Fylingdales).")
  String sensors;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "Take the sensors and networks of this scenario instead of --sensors.")
  Path scenarioFile;

  @Option(
      names = "--network",
      paramLabel = "ID",
      description = "The scenario's network whose track counts (needed if it has several).")
  String network;

  @Option(
      names = "--missile",
      paramLabel = "ID",
      description = "Missile class (catalog id; default: ${DEFAULT-VALUE}).",
      defaultValue = "icbm-solid")
  String missile;

  @Option(
      names = "--launch-on",
      paramLabel = "CUE",
      description =
          "What lets interceptors launch: firm-track (the first fire-control-quality track, "
              + "default) or detection (the first report of any sensor: kinematics alone).",
      defaultValue = "firm-track")
  String launchOn;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the sensing's random draws (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(names = "--table", description = "Print the built-in table instead of one case.")
  boolean table;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write the result as CSV (a row per speed, or per table row and speed).")
  Path csv;

  @Override
  public Integer call() throws IOException {
    Catalog catalog = Catalog.builtIn();
    Deterrence.LaunchOn cue = launchOn();
    MissileClass missileClass = catalogEntry(() -> catalog.missile(missile), "--missile");
    Deterrence deterrence = new Deterrence();
    PrintWriter out = spec.commandLine().getOut();
    if (table) {
      for (Object[] flag :
          new Object[][] {
            {"--interceptor-site", interceptorSite},
            {"--interceptor", interceptor},
            {"--icbm-from", icbmFrom},
            {"--icbm-to", icbmTo},
            {"--speeds-kmps", speedsKmps},
            {"--sensors", sensors},
            {"--scenario", scenarioFile},
            {"--network", network}
          }) {
        if (flag[1] != null) {
          throw new UserInputException(
              flag[0]
                  + " does not go with --table: the table has its own sites, fields, "
                  + "cities, types and sensors (see docs/deterrence.md)");
        }
      }
      DeterrenceTable.Result result =
          DeterrenceTable.build(catalog, missileClass, deterrence, cue, seed);
      if (csv != null) {
        try (Writer w = OutputFiles.writer(csv, "--csv")) {
          DeterrenceFiles.writeCsv(result, w);
        }
      }
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(DeterrenceFiles.json(result)));
      } else {
        DeterrenceText.printTable(out, result);
      }
      out.flush();
      return 0;
    }
    Place site =
        PlaceOption.parse(required(interceptorSite, "--interceptor-site"), "--interceptor-site");
    InterceptorType type =
        catalogEntry(
                () -> catalog.interceptor(required(interceptor, "--interceptor")), "--interceptor")
            .type();
    Place from = PlaceOption.parse(required(icbmFrom, "--icbm-from"), "--icbm-from");
    Place to = PlaceOption.parse(required(icbmTo, "--icbm-to"), "--icbm-to");
    List<Double> speedsMps = speedsMps();
    TrackSource source = trackSource(catalog);
    Threat threat;
    try {
      threat = Deterrence.missile(missileClass, from, to);
    } catch (TargetingException e) {
      throw new UserInputException(
          "--icbm-to: "
              + missileClass.id()
              + " from "
              + from.id()
              + " cannot reach "
              + to.id()
              + ": "
              + e.getMessage(),
          Shield.EXIT_OUT_OF_REACH);
    }
    Deterrence.Case result = deterrence.run(site, type, threat, source, cue, seed, speedsMps);
    if (csv != null) {
      try (Writer w = OutputFiles.writer(csv, "--csv")) {
        DeterrenceFiles.writeCsv(result, w);
      }
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(DeterrenceFiles.json(result)));
    } else {
      DeterrenceText.printCase(out, result);
    }
    out.flush();
    return 0;
  }

  private Deterrence.LaunchOn launchOn() {
    for (Deterrence.LaunchOn l : Deterrence.LaunchOn.values()) {
      if (DeterrenceFiles.launchOn(l).equals(launchOn)) {
        return l;
      }
    }
    throw new UserInputException("--launch-on: '" + launchOn + "' is not firm-track or detection");
  }

  private static String required(String value, String flag) {
    if (value == null) {
      throw new UserInputException(
          flag
              + " is required (or give --table for the built-in table); "
              + "see 'shield deterrence --help'");
    }
    return value;
  }

  private static <T> T catalogEntry(Supplier<T> lookup, String flag) {
    try {
      return lookup.get();
    } catch (CatalogException e) {
      throw new UserInputException(flag + ": " + e.getMessage());
    }
  }

  private List<Double> speedsMps() {
    if (speedsKmps == null) {
      return Deterrence.DEFAULT_SPEEDS_MPS;
    }
    List<Double> out = new ArrayList<>();
    for (double v : speedsKmps) {
      if (!(v > 0 && v <= MAX_SPEED_KMPS)) {
        throw new UserInputException(
            String.format(
                Locale.ROOT,
                "--speeds-kmps: %s km/s is out of range; give speeds in (0, %.0f] km/s",
                v,
                MAX_SPEED_KMPS));
      }
      if (!out.isEmpty() && !(v * M_PER_KM > out.get(out.size() - 1))) {
        throw new UserInputException(
            "--speeds-kmps: the speeds must increase, e.g. 3,3.5,4; got " + speedsKmps);
      }
      out.add(v * M_PER_KM);
    }
    return out;
  }

  private TrackSource trackSource(Catalog catalog) {
    if (scenarioFile != null && sensors != null) {
      throw new UserInputException("--sensors and --scenario exclude each other: give one");
    }
    if (network != null && scenarioFile == null) {
      throw new UserInputException("--network names a network of --scenario: give the scenario");
    }
    if (scenarioFile != null) {
      Scenario s = ScenarioOption.load(scenarioFile);
      List<String> ids = s.networks().stream().map(n -> n.id()).toList();
      String id = network;
      if (id == null) {
        if (ids.size() != 1) {
          throw new UserInputException(
              "--network: the scenario has "
                  + (ids.isEmpty() ? "no networks" : "networks " + String.join(", ", ids))
                  + "; name one with --network");
        }
        id = ids.get(0);
      } else if (!ids.contains(id)) {
        throw new UserInputException(
            "--network: the scenario has no network '"
                + id
                + "'; it has "
                + (ids.isEmpty() ? "none" : String.join(", ", ids)));
      }
      return TrackSource.scenario(s, id, scenarioFile.getFileName().toString());
    }
    if (sensors == null) {
      return DeterrenceTable.sensors(catalog);
    }
    List<TrackSource.RadarAt> radars = new ArrayList<>();
    for (String entry : sensorEntries(sensors)) {
      int at = entry.indexOf('@');
      if (at <= 0 || at == entry.length() - 1) {
        throw new UserInputException(
            "--sensors: '"
                + entry
                + "' is not TYPE@PLACE, e.g. spy1@redzikowo or uewr@54.36,-0.67");
      }
      RadarClass type = catalogEntry(() -> catalog.radar(entry.substring(0, at)), "--sensors");
      radars.add(
          new TrackSource.RadarAt(type, PlaceOption.parse(entry.substring(at + 1), "--sensors")));
    }
    return TrackSource.radars(radars, catalog);
  }

  /**
   * Splits {@code TYPE@PLACE,TYPE@PLACE} at the commas that start a new radar, so that a place
   * given as LAT,LON keeps its comma.
   */
  static List<String> sensorEntries(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      if (p.contains("@") || out.isEmpty()) {
        out.add(p);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + "," + p);
      }
    }
    return out;
  }
}
