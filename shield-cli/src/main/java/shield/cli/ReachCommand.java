package shield.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.analysis.Reach;
import shield.export.ReachFiles;
import shield.scenario.Catalog;
import shield.scenario.CatalogException;
import shield.scenario.MissileClass;
import shield.scenario.Place;

/**
 * {@code shield reach}: how far a missile reaches from a place along every azimuth on the rotating
 * Earth, and which cities are within that reach.
 */
@Command(
    name = "reach",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The farthest impact of a missile along every launch azimuth from a place, on the rotating"
          + " WGS84 Earth: a missile fired east starts with the Earth's eastward speed and reaches"
          + " farther than one fired west. Give the missile one of three ways:",
      "  --missile ID: a catalog missile flown with full physics (boost, coast with J2, reentry"
          + " with drag), its pitch programme chosen for the greatest range on each azimuth;",
      "  --burnout-speed-mps V: a burnout state V m/s relative to the Earth, --burnout-altitude-km"
          + " above the place, on the flight-path angle that carries farthest; two-body coast;",
      "  --nonrotating-range-km R: the burnout state whose farthest flight on a non-rotating"
          + " sphere covers R km, the convention of published range estimates.",
      "Reach is the geodesic distance from the place to the impact. Cities are within reach when"
          + " their distance is no more than the reach flown toward them.",
      "Exit codes: 0 done, 2 bad input."
    },
    footer = {
      "",
      "Examples:",
      "  shield reach --missile icbm-solid --from 55.75,37.62 --city Washington=38.90,-77.04",
      "  shield reach --nonrotating-range-km 10000 --from 39.0,125.75 --png reach.png --json"
    })
final class ReachCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  MissileOptions missile;

  static final class MissileOptions {
    @Option(
        names = "--missile",
        paramLabel = "ID",
        description = "Missile class from the catalog (see 'shield catalog').")
    String id;

    @Option(
        names = "--burnout-speed-mps",
        paramLabel = "V",
        description = "Burnout speed relative to the Earth (m/s).")
    Double burnoutSpeedMps;

    @Option(
        names = "--nonrotating-range-km",
        paramLabel = "R",
        description = "Range on a non-rotating spherical Earth (km) that sets the burnout speed.")
    Double nonrotatingRangeKm;
  }

  @Option(
      names = "--burnout-altitude-km",
      paramLabel = "H",
      description =
          "Burnout altitude above the launch place (km), in [0, 2000], for --burnout-speed-mps and"
              + " --nonrotating-range-km (default: 100).")
  Double burnoutAltitudeKm;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "PLACE|LAT,LON",
      description = "Launch place: a catalog id or degrees.")
  String from;

  @Option(
      names = "--city",
      paramLabel = "NAME=LAT,LON",
      description =
          "A city to check, repeatable: NAME=LAT,LON in degrees, or a catalog place id"
              + " (NAME=PLACE also works).")
  List<String> cities = new ArrayList<>();

  @Option(
      names = "--step-deg",
      paramLabel = "S",
      defaultValue = "5",
      description = "Spacing of the launch azimuths (deg), in (0, 90] (default: ${DEFAULT-VALUE}).")
  double stepDeg;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(
      names = "--geojson",
      paramLabel = "FILE",
      description = "Write the area within reach, the impacts and the cities as GeoJSON.")
  Path geojson;

  @Option(
      names = "--png",
      paramLabel = "FILE",
      description = "Write a map of the ring of farthest impacts and the cities as PNG.")
  Path png;

  @Override
  public Integer call() throws IOException {
    if (!(stepDeg > 0 && stepDeg <= 90)) {
      throw new UserInputException("--step-deg must be in (0, 90] degrees, got " + fmt(stepDeg));
    }
    Place site = PlaceOption.parse(from, "--from");
    List<Place> places = new ArrayList<>();
    for (String city : cities) {
      places.add(city(city));
    }
    Model model = model();
    Reach.Ring ring = model.reach().ring(site.position(), stepDeg);
    List<Reach.Target> targets = new ArrayList<>();
    for (Place place : places) {
      targets.add(model.reach().target(place.name(), ring.site(), place.position()));
    }
    Map<String, Object> result = result(model, site, ring, targets);
    writeFiles(model, site, ring, targets);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(result));
    } else {
      printHuman(out, model, site, ring, targets);
    }
    out.flush();
    return 0;
  }

  /**
   * The missile as asked for: its reach, how to name it, and for a burnout state its speed,
   * altitude and closed-form reach on the non-rotating sphere.
   */
  private record Model(
      Reach reach,
      String label,
      MissileClass missileClass,
      double burnoutSpeedMps,
      double burnoutAltitudeM,
      double nonrotatingReachM) {}

  private Model model() {
    if (missile.id != null) {
      if (burnoutAltitudeKm != null) {
        throw new UserInputException(
            "--burnout-altitude-km applies to --burnout-speed-mps and --nonrotating-range-km;"
                + " a catalog missile's burnout follows from its stages");
      }
      MissileClass missileClass;
      try {
        missileClass = Catalog.builtIn().missile(missile.id);
      } catch (CatalogException e) {
        throw new UserInputException("--missile: " + e.getMessage());
      }
      return new Model(
          Reach.of(missileClass.type()),
          missileClass.id(),
          missileClass,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    double altitudeKm =
        burnoutAltitudeKm == null ? Reach.DEFAULT_BURNOUT_ALTITUDE_M / 1000 : burnoutAltitudeKm;
    if (!(altitudeKm >= 0 && altitudeKm <= 2000)) {
      throw new UserInputException(
          "--burnout-altitude-km must be in [0, 2000] km, got " + fmt(altitudeKm));
    }
    double altitudeM = altitudeKm * 1000;
    double speedMps;
    String flag;
    if (missile.nonrotatingRangeKm != null) {
      flag = "--nonrotating-range-km";
      try {
        speedMps =
            Reach.burnoutSpeedForNonrotatingRangeMps(missile.nonrotatingRangeKm * 1000, altitudeM);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(flag + ": " + e.getMessage());
      }
    } else {
      flag = "--burnout-speed-mps";
      speedMps = missile.burnoutSpeedMps;
    }
    Reach reach;
    try {
      reach = Reach.ofBurnout(speedMps, altitudeM, Reach.Earth.WGS84);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(flag + ": " + e.getMessage());
    }
    String label =
        String.format(
            Locale.ROOT, "burnout at %s m/s, %s km up", fmt(round(speedMps, 2)), fmt(altitudeKm));
    return new Model(
        reach, label, null, speedMps, altitudeM, Reach.nonrotatingReachM(speedMps, altitudeM));
  }

  /** A {@code --city}: NAME=PLACE or NAME=LAT,LON, or a catalog place id alone. */
  private static Place city(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      return PlaceOption.parse(text, "--city");
    }
    String name = text.substring(0, equals).strip();
    if (name.isEmpty()) {
      throw new UserInputException(
          "--city: '"
              + text
              + "' has no name before '='; give NAME=LAT,LON, e.g. Warsaw=52.23,21.01");
    }
    Place place = PlaceOption.parse(text.substring(equals + 1), "--city");
    return new Place(
        place.id(),
        name,
        place.position(),
        place.kind(),
        place.source(),
        place.notional(),
        place.accuracy());
  }

  /** The JSON: the contract's {@code azimuths} and {@code cities} first, then the inputs. */
  private Map<String, Object> result(
      Model model, Place site, Reach.Ring ring, List<Reach.Target> targets) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> azimuths = new ArrayList<>();
    for (Reach.Direction d : ring.directions()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("azimuth_deg", round(Math.toDegrees(d.launchAzimuthRad()), 6));
      a.put("reach_km", round(d.reachM() / 1000, 3));
      a.put("impact_azimuth_deg", round(Math.toDegrees(d.impactAzimuthRad()), 6));
      a.put("impact_lat_deg", round(d.impact().latitudeDeg(), 6));
      a.put("impact_lon_deg", round(d.impact().longitudeDeg(), 6));
      a.put("flight_path_angle_deg", round(Math.toDegrees(d.flightPathAngleRad()), 4));
      azimuths.add(a);
    }
    m.put("azimuths", azimuths);
    List<Map<String, Object>> cityList = new ArrayList<>();
    for (Reach.Target t : targets) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", t.name());
      c.put("distance_km", round(t.distanceM() / 1000, 3));
      c.put("reach_km", round(t.reachM() / 1000, 3));
      c.put("within", t.within());
      c.put("lat_deg", round(t.place().latitudeDeg(), 6));
      c.put("lon_deg", round(t.place().longitudeDeg(), 6));
      cityList.add(c);
    }
    m.put("cities", cityList);
    Map<String, Object> launch = new LinkedHashMap<>();
    launch.put("name", site.name());
    launch.put("lat_deg", round(ring.site().latitudeDeg(), 6));
    launch.put("lon_deg", round(ring.site().longitudeDeg(), 6));
    m.put("from", launch);
    m.putAll(inputs(model));
    m.put("step_deg", stepDeg);
    m.put("max_reach_km", round(ring.farthest().reachM() / 1000, 3));
    m.put("max_reach_azimuth_deg", round(Math.toDegrees(ring.farthest().launchAzimuthRad()), 6));
    m.put("min_reach_km", round(ring.shortest().reachM() / 1000, 3));
    m.put("min_reach_azimuth_deg", round(Math.toDegrees(ring.shortest().launchAzimuthRad()), 6));
    return m;
  }

  /** What the missile was: the catalog id and its published reach, or the burnout state. */
  private static Map<String, Object> inputs(Model model) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (model.missileClass() != null) {
      m.put("missile", model.missileClass().id());
      m.put("published_reach_km", round(model.missileClass().publishedReachM() / 1000, 3));
    } else {
      m.put("burnout_speed_mps", round(model.burnoutSpeedMps(), 3));
      m.put("burnout_altitude_km", round(model.burnoutAltitudeM() / 1000, 6));
      m.put("nonrotating_reach_km", round(model.nonrotatingReachM() / 1000, 3));
    }
    return m;
  }

  private void writeFiles(Model model, Place site, Reach.Ring ring, List<Reach.Target> targets)
      throws IOException {
    if (geojson != null) {
      try (Writer w = OutputFiles.writer(geojson, "--geojson")) {
        ReachFiles.geoJson(ring, targets, site.name(), inputs(model)).write(w);
      }
    }
    if (png != null) {
      String title = "Reach of " + model.label() + " from " + site.name();
      byte[] picture =
          ReachFiles.map(ring, targets, site.name(), title, model.nonrotatingReachM()).png();
      try (OutputStream stream = OutputFiles.stream(png, "--png")) {
        stream.write(picture);
      }
    }
  }

  private void printHuman(
      PrintWriter out, Model model, Place site, Reach.Ring ring, List<Reach.Target> targets) {
    out.printf(
        Locale.ROOT,
        "Reach of %s from %s (%.4f°, %.4f°) on the rotating Earth, every %s°%n",
        model.missileClass() == null
            ? model.label()
            : model.missileClass().id() + " (" + model.missileClass().name() + ")",
        site.name(),
        ring.site().latitudeDeg(),
        ring.site().longitudeDeg(),
        fmt(stepDeg));
    Reach.Direction farthest = ring.farthest();
    Reach.Direction shortest = ring.shortest();
    out.printf(
        Locale.ROOT,
        "  farthest        %,10.1f km, launch azimuth %5.1f°%n",
        farthest.reachM() / 1000,
        Math.toDegrees(farthest.launchAzimuthRad()));
    out.printf(
        Locale.ROOT,
        "  least far       %,10.1f km, launch azimuth %5.1f°%n",
        shortest.reachM() / 1000,
        Math.toDegrees(shortest.launchAzimuthRad()));
    if (model.missileClass() != null) {
      out.printf(
          Locale.ROOT,
          "  published       %,10.1f km%n",
          model.missileClass().publishedReachM() / 1000);
    } else {
      out.printf(
          Locale.ROOT,
          "  non-rotating    %,10.1f km (the same burnout over a non-rotating sphere)%n",
          model.nonrotatingReachM() / 1000);
    }
    out.printf(Locale.ROOT, "  %12s %12s %14s%n", "azimuth_deg", "reach_km", "impact_az_deg");
    for (Reach.Direction d : ring.directions()) {
      double azimuthDeg = Math.toDegrees(d.launchAzimuthRad());
      if (Math.abs(Math.IEEEremainder(azimuthDeg, 45)) < 1e-9) {
        out.printf(
            Locale.ROOT,
            "  %12.1f %,12.1f %14.2f%n",
            azimuthDeg,
            d.reachM() / 1000,
            Math.toDegrees(d.impactAzimuthRad()));
      }
    }
    out.println("  (every 45°; --json lists every azimuth)");
    if (!targets.isEmpty()) {
      out.printf(Locale.ROOT, "  %-20s %12s %12s %s%n", "city", "distance_km", "reach_km", "");
      for (Reach.Target t : targets) {
        out.printf(
            Locale.ROOT,
            "  %-20s %,12.1f %,12.1f %s%n",
            t.name(),
            t.distanceM() / 1000,
            t.reachM() / 1000,
            t.within() ? "within reach" : "beyond reach");
      }
    }
    if (geojson != null) {
      out.println("  wrote " + geojson);
    }
    if (png != null) {
      out.println("  wrote " + png);
    }
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }

  private static String fmt(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : Double.toString(value);
  }
}
