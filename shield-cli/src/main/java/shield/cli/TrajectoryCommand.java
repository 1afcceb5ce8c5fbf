package shield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.earth.GeodesicLeg;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.export.TrajectoryCsv;
import shield.export.TrajectoryCzml;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.OutOfReachException;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.MissileClass;
import shield.scenario.Place;

/** {@code shield trajectory}: one missile, full physics on the rotating Earth, aimed at a point. */
@Command(
    name = "trajectory",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Flies one missile from a place to a place with full physics on the rotating WGS84 Earth: "
          + "boost with staging, coast, reentry with drag. Targeting chooses the launch azimuth, "
          + "the pitch programme and the thrust cutoff that put the impact on the aim point.",
      "Exit codes: 0 done, 2 bad input, 3 the aim point is beyond the missile's reach."
    })
final class TrajectoryCommand implements Callable<Integer> {

  /** Default launch time: the day NATO's ministers met in December 2011. */
  static final String DEFAULT_LAUNCH_TIME = "2011-12-07T12:00:00Z";

  @Spec CommandSpec spec;

  @Option(
      names = "--missile",
      required = true,
      paramLabel = "ID",
      description = "Missile class from the catalog (see 'shield catalog').")
  String missile;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "PLACE|LAT,LON[,ALT_M]",
      description = "Launch site: a catalog id or degrees, with an optional height (m).")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "PLACE|LAT,LON",
      description = "Aim point: a catalog id or degrees.")
  String to;

  @ArgGroup(exclusive = true)
  ShapeOptions shape = new ShapeOptions();

  static final class ShapeOptions {
    @Option(
        names = "--apogee-km",
        paramLabel = "A",
        description =
            "Shape the flight to reach this apogee (km): lofted above the "
                + "minimum-energy apogee, flattened below it.")
    Double apogeeKm;

    @Option(
        names = "--depressed",
        description =
            "Depressed trajectory: burn every stage and fly as flat as the range "
                + "allows; reports the flight time gained over minimum energy.")
    boolean depressed;
  }

  @Option(
      names = "--launch-time",
      paramLabel = "ISO-8601",
      description = "Launch time, UTC (default: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT_LAUNCH_TIME)
  String launchTime;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Write the sampled trajectory as CSV (and its events to FILE's " + "'-events' sibling).")
  Path csv;

  @Option(
      names = "--czml",
      paramLabel = "FILE",
      description = "Write the flight as CZML for CesiumJS.")
  Path czml;

  @Override
  public Integer call() throws IOException {
    MissileClass missileClass = missileClass();
    Place launch = PlaceOption.parse(from, "--from");
    Place aim = PlaceOption.parse(to, "--to");
    if (aim.kind().equals("point") && aim.position().heightM() != 0) {
      throw new UserInputException(
          "--to: the flight ends on the ellipsoid, so the aim point takes no height; give LAT,LON"
              + " (got '"
              + to
              + "')");
    }
    Instant epoch = parseLaunchTime();
    TrajectoryShape wanted = wantedShape();

    Targeting targeting = new Targeting(new MissileFlight(missileClass.type()));
    TargetingSolution solution;
    Double gainS = null;
    try {
      solution = targeting.aim(launch.position(), aim.position(), 0, wanted);
      if (shape.depressed) {
        TargetingSolution minimum =
            targeting.aim(
                launch.position(), aim.position(), 0, new TrajectoryShape.MinimumEnergy());
        gainS = minimum.trajectory().durationS() - solution.trajectory().durationS();
      }
    } catch (OutOfReachException e) {
      throw new UserInputException(e.getMessage(), Shield.EXIT_OUT_OF_REACH);
    } catch (TargetingException e) {
      throw new UserInputException(e.getMessage());
    }

    Map<String, Object> result = summary(missileClass.type().id(), launch.position(), solution);
    if (gainS != null) {
      result.put("flight_time_gain_s", round(gainS, 1));
    }
    writeFiles(solution.trajectory(), epoch, missileClass);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(result));
    } else {
      printHuman(out, missileClass, launch, aim, epoch, solution, result);
    }
    out.flush();
    return 0;
  }

  private MissileClass missileClass() {
    try {
      return Catalog.builtIn().missile(missile);
    } catch (CatalogException e) {
      throw new UserInputException("--missile: " + e.getMessage());
    }
  }

  private Instant parseLaunchTime() {
    try {
      return Instant.parse(launchTime);
    } catch (DateTimeParseException e) {
      throw new UserInputException(
          "--launch-time: '"
              + launchTime
              + "' is not an ISO-8601 UTC instant; expected e.g. "
              + DEFAULT_LAUNCH_TIME);
    }
  }

  private TrajectoryShape wantedShape() {
    if (shape.depressed) {
      return new TrajectoryShape.Depressed();
    }
    if (shape.apogeeKm != null) {
      if (!(shape.apogeeKm > 0 && shape.apogeeKm < 40_000)) {
        throw new UserInputException(
            "--apogee-km: " + shape.apogeeKm + " is not an apogee; give a height in (0, 40000) km");
      }
      return new TrajectoryShape.Apogee(shape.apogeeKm * 1000);
    }
    return new TrajectoryShape.MinimumEnergy();
  }

  /** The JSON contract: keys and units as documented in the issue and README. */
  static Map<String, Object> summary(String id, Geodetic launch, TargetingSolution s) {
    Trajectory t = s.trajectory();
    FlightEvent burnout = t.event(FlightEvent.Kind.BURNOUT).orElseThrow();
    FlightEvent apogee = t.event(FlightEvent.Kind.APOGEE).orElseThrow();
    GeodesicLeg leg = Geodesy.inverse(launch, s.impactPoint());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("missile", id);
    m.put("ground_range_km", round(leg.distanceM() / 1000, 3));
    // Rounding may carry 359.9999° to 360°, which is 0°.
    m.put("azimuth_deg", round(Math.toDegrees(s.guidance().azimuthRad()), 3) % 360);
    m.put("flight_time_s", round(t.durationS(), 2));
    m.put("burnout_time_s", round(burnout.timeS() - t.startTimeS(), 2));
    m.put("burnout_altitude_km", round(heightM(burnout) / 1000, 3));
    m.put("burnout_speed_mps", round(burnout.velocityEcef().getNorm(), 2));
    m.put("apogee_km", round(heightM(apogee) / 1000, 3));
    m.put("max_speed_mps", round(maxSpeedMps(t), 2));
    Map<String, Object> impact = new LinkedHashMap<>();
    impact.put("lat_deg", round(s.impactPoint().latitudeDeg(), 6));
    impact.put("lon_deg", round(s.impactPoint().longitudeDeg(), 6));
    m.put("impact", impact);
    m.put("miss_m", round(s.missM(), 2));
    return m;
  }

  private static double heightM(FlightEvent e) {
    return Wgs84.heightM(e.positionEcef().getX(), e.positionEcef().getY(), e.positionEcef().getZ());
  }

  /** Greatest speed relative to the Earth over the samples (m/s). */
  private static double maxSpeedMps(Trajectory t) {
    double[] pv = new double[6];
    double max = 0;
    for (int i = 0; i < t.sampleCount(); i++) {
      t.sampleStateEcef(i, pv);
      max = Math.max(max, Math.sqrt(pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5]));
    }
    return max;
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }

  private void writeFiles(Trajectory t, Instant epoch, MissileClass missileClass)
      throws IOException {
    if (csv != null) {
      try (Writer w = OutputFiles.writer(csv, "--csv")) {
        TrajectoryCsv.write(t, epoch, w);
      }
      Path events = eventsSibling(csv);
      try (Writer w = OutputFiles.writer(events, "--csv")) {
        TrajectoryCsv.writeEvents(t, epoch, w);
      }
    }
    if (czml != null) {
      try (Writer w = OutputFiles.writer(czml, "--czml")) {
        TrajectoryCzml.write(missileClass.type().id(), missileClass.type().name(), t, epoch, w);
      }
    }
  }

  static Path eventsSibling(Path csvFile) {
    String name = csvFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String sibling =
        dot > 0 ? name.substring(0, dot) + "-events" + name.substring(dot) : name + "-events";
    return csvFile.resolveSibling(sibling);
  }

  private void printHuman(
      PrintWriter out,
      MissileClass mc,
      Place launch,
      Place aim,
      Instant epoch,
      TargetingSolution s,
      Map<String, Object> r) {
    Trajectory t = s.trajectory();
    out.printf(
        Locale.ROOT,
        "%s (%s) from %s to %s, launched %s%n",
        mc.type().id(),
        mc.type().name(),
        launch.name(),
        aim.name(),
        epoch);
    out.printf(Locale.ROOT, "  shape               %s%n", shapeName(s.shape()));
    out.printf(
        Locale.ROOT,
        "  ground range        %,.1f km on azimuth %.2f°%n",
        (Double) r.get("ground_range_km"),
        (Double) r.get("azimuth_deg"));
    out.printf(
        Locale.ROOT,
        "  flight time         %.1f s (%.1f min)%n",
        t.durationS(),
        t.durationS() / 60);
    if (r.containsKey("flight_time_gain_s")) {
      out.printf(
          Locale.ROOT, "  gain over min. energy %.1f s%n", (Double) r.get("flight_time_gain_s"));
    }
    out.printf(
        Locale.ROOT,
        "  burnout             %.1f s after launch, %.1f km up, %.0f m/s%n",
        (Double) r.get("burnout_time_s"),
        (Double) r.get("burnout_altitude_km"),
        (Double) r.get("burnout_speed_mps"));
    out.printf(Locale.ROOT, "  apogee              %.1f km%n", (Double) r.get("apogee_km"));
    out.printf(
        Locale.ROOT,
        "  max speed           %.0f m/s (relative to the Earth)%n",
        (Double) r.get("max_speed_mps"));
    out.printf(
        Locale.ROOT,
        "  impact              %.4f°, %.4f°, %.1f m from the aim point%n",
        s.impactPoint().latitudeDeg(),
        s.impactPoint().longitudeDeg(),
        s.missM());
    out.println("  events:");
    out.printf(Locale.ROOT, "    %-14s %9s %10s %10s%n", "event", "time_s", "alt_km", "speed_mps");
    for (FlightEvent e : t.events()) {
      String name =
          e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (e.stage() >= 0 ? " " + (e.stage() + 1) : "");
      // Rounded first so that a pad a micrometre under the ellipsoid prints 0.0, not -0.0.
      double altitudeKm = Math.round(heightM(e) / 100) / 10.0 + 0.0;
      out.printf(
          Locale.ROOT,
          "    %-14s %9.1f %10.1f %10.0f%n",
          name,
          e.timeS() - t.startTimeS(),
          altitudeKm,
          e.velocityEcef().getNorm());
    }
    if (csv != null) {
      out.println("  wrote " + csv + " and " + eventsSibling(csv));
    }
    if (czml != null) {
      out.println("  wrote " + czml);
    }
  }

  private static String shapeName(TrajectoryShape shape) {
    if (shape instanceof TrajectoryShape.Apogee a) {
      return String.format(Locale.ROOT, "apogee %.0f km", a.apogeeM() / 1000);
    }
    return shape instanceof TrajectoryShape.Depressed ? "depressed" : "minimum energy";
  }
}
