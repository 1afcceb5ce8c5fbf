package shield.scenario;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import shield.earth.Geodetic;
import shield.engage.InterceptorType;
import shield.engage.Layer;
import shield.flight.DragCurve;
import shield.flight.MissileType;
import shield.flight.ReentryVehicle;
import shield.flight.Stage;
import shield.sense.EarlyWarningType;
import shield.sense.RadarType;
import shield.sense.TargetSignature;

/**
 * Reads and checks the catalog's YAML files: {@code places.yaml}, {@code missiles.yaml}, {@code
 * radars.yaml}, {@code satellites.yaml} and {@code interceptors.yaml}.
 */
final class CatalogLoader {

  /** The form of every id, in the catalog and in scenarios. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** {@link #ID} in words, for messages. */
  static final String ID_RULE = "lowercase letters and digits in words joined by hyphens";

  private static final List<String> PLACE_KINDS = List.of("site", "radar", "launch-area", "city");

  /** The layers as the files spell them, in the order of {@link Layer}. */
  private static final List<String> LAYERS =
      List.of("midcourse", "upper-terminal", "lower-terminal");

  private static final double MPS_PER_KMPS = 1000;
  private static final double M_PER_KM = 1000;
  private static final double HZ_PER_MHZ = 1e6;
  private static final double W_PER_KW = 1000;

  private final List<String> errors;

  /** A reader that records its mistakes in a list shared with its caller. */
  CatalogLoader(List<String> errors) {
    this.errors = errors;
  }

  /**
   * Reads both files and checks every entry.
   *
   * @throws CatalogException listing every mistake in both files, one line each
   */
  static Catalog load(
      InputStream places, InputStream missiles, String placesName, String missilesName) {
    return load(places, missiles, null, placesName, missilesName, null);
  }

  /**
   * Reads the places, missiles and (when given) radar types files and checks every entry.
   *
   * @param radars the radar types file, or null for a catalog without radar types
   * @throws CatalogException listing every mistake in the files, one line each
   */
  static Catalog load(
      InputStream places,
      InputStream missiles,
      InputStream radars,
      String placesName,
      String missilesName,
      String radarsName) {
    CatalogLoader loader = new CatalogLoader(new ArrayList<>());
    List<Place> p = loader.places(YamlDocument.read(places, placesName, loader.errors));
    List<MissileClass> m =
        loader.entries(
            YamlDocument.read(missiles, missilesName, loader.errors), "missiles", loader::missile);
    List<RadarClass> r =
        radars == null
            ? List.of()
            : loader.entries(
                YamlDocument.read(radars, radarsName, loader.errors), "radars", loader::radar);
    if (!loader.errors.isEmpty()) {
      throw new CatalogException(String.join(System.lineSeparator(), loader.errors));
    }
    return new Catalog(p, m, r, List.of(), List.of());
  }

  /**
   * Reads the entries of a file whose top level holds one list, each entry with a reader of its
   * own; entries with mistakes are left out after their mistakes are recorded.
   *
   * @param root the file's top-level mapping, or null if the file could not be read
   * @param key the list's key, the file's only one
   * @param reader reads one entry, given the lines of the ids read so far (for duplicates)
   */
  private <T> List<T> entries(
      YamlDocument.Node root,
      String key,
      BiFunction<YamlDocument.Node, Map<String, Integer>, T> reader) {
    List<T> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    root.onlyKeys(key);
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlDocument.Node n : root.mappings(key)) {
      T entry = reader.apply(n, firstLine);
      if (entry != null) {
        out.add(entry);
      }
    }
    return out;
  }

  /**
   * Reads one radar type, in the schema of {@code radars.yaml}; null after recording its mistakes.
   *
   * @param firstLine the line of each id read so far in the same list, for duplicates
   */
  RadarClass radar(YamlDocument.Node n, Map<String, Integer> firstLine) {
    int before = errors.size();
    n.onlyKeys(
        "id",
        "name",
        "source",
        "notional",
        "published",
        "frequency_mhz",
        "average_power_kw",
        "aperture_area_m2",
        "system_noise_temperature_k",
        "losses_db",
        "false_alarm_probability",
        "search_frame_s",
        "search_solid_angle_sr",
        "track_dwell_s",
        "track_revisit_s",
        "instrumented_range_km",
        "track_capacity",
        "faces",
        "face_half_width_deg",
        "min_elevation_deg",
        "max_elevation_deg",
        "range_resolution_m");
    String id = id(n, firstLine);
    String name = n.text("name");
    String source = n.text("source");
    boolean notional = n.bool("notional");
    YamlDocument.Node published = n.mapping("published");
    double publishedRangeKm = Double.NaN;
    String note = null;
    if (published != null) {
      published.onlyKeys("detection_range_km", "note");
      publishedRangeKm =
          published.has("detection_range_km")
              ? published.positive("detection_range_km")
              : Double.NaN;
      note = published.text("note");
    }
    double frequencyMhz = n.positive("frequency_mhz");
    double powerKw = n.positive("average_power_kw");
    double apertureM2 = n.positive("aperture_area_m2");
    double noiseK = n.positive("system_noise_temperature_k");
    double lossesDb = n.number("losses_db", "a number of dB >= 0", v -> v >= 0);
    double pfa =
        n.number("false_alarm_probability", "a probability in (0, 1)", v -> v > 0 && v < 1);
    double frameS = n.positive("search_frame_s");
    double solidAngleSr =
        n.number(
            "search_solid_angle_sr",
            "a solid angle in (0, 2π] steradians",
            v -> v > 0 && v <= 2 * Math.PI);
    double dwellS = n.positive("track_dwell_s");
    double revisitS = n.positive("track_revisit_s");
    double instrumentedKm = n.positive("instrumented_range_km");
    double capacity = n.number("track_capacity", "a whole number >= 1", CatalogLoader::count);
    double faces = n.number("faces", "a whole number >= 1", CatalogLoader::count);
    double halfWidthDeg =
        n.number("face_half_width_deg", "a number of degrees in (0, 180]", v -> v > 0 && v <= 180);
    double minElDeg =
        n.number("min_elevation_deg", "a number of degrees in [-90, 90]", v -> Math.abs(v) <= 90);
    double maxElDeg =
        n.number("max_elevation_deg", "a number of degrees in [-90, 90]", v -> Math.abs(v) <= 90);
    double resolutionM = n.positive("range_resolution_m");
    RadarType type =
        buildIfValid(
            n,
            before,
            () ->
                new RadarType(
                    id,
                    name,
                    frequencyMhz * HZ_PER_MHZ,
                    powerKw * W_PER_KW,
                    apertureM2,
                    noiseK,
                    lossesDb,
                    pfa,
                    frameS,
                    solidAngleSr,
                    dwellS,
                    revisitS,
                    instrumentedKm * M_PER_KM,
                    (int) capacity,
                    Math.toRadians(halfWidthDeg),
                    Math.toRadians(minElDeg),
                    Math.toRadians(maxElDeg),
                    resolutionM));
    if (type == null) {
      return null;
    }
    double publishedRangeM = publishedRangeKm * M_PER_KM;
    String publishedNote = note;
    return n.build(
        () -> new RadarClass(type, source, notional, publishedRangeM, publishedNote, (int) faces));
  }

  private static boolean count(double v) {
    return v >= 1 && v == Math.rint(v) && v <= Integer.MAX_VALUE;
  }

  /**
   * Reads the satellites file and checks every entry.
   *
   * @throws CatalogException listing every mistake in the file, one line each
   */
  static List<SatelliteClass> satellites(InputStream satellites, String satellitesName) {
    CatalogLoader loader = new CatalogLoader(new ArrayList<>());
    List<SatelliteClass> s =
        loader.entries(
            YamlDocument.read(satellites, satellitesName, loader.errors),
            "satellites",
            loader::satellite);
    if (!loader.errors.isEmpty()) {
      throw new CatalogException(String.join(System.lineSeparator(), loader.errors));
    }
    return s;
  }

  /**
   * Reads the interceptors file and checks every entry.
   *
   * @throws CatalogException listing every mistake in the file, one line each
   */
  static List<InterceptorClass> interceptors(InputStream interceptors, String interceptorsName) {
    CatalogLoader loader = new CatalogLoader(new ArrayList<>());
    List<InterceptorClass> i =
        loader.entries(
            YamlDocument.read(interceptors, interceptorsName, loader.errors),
            "interceptors",
            loader::interceptor);
    if (!loader.errors.isEmpty()) {
      throw new CatalogException(String.join(System.lineSeparator(), loader.errors));
    }
    return i;
  }

  /**
   * Reads one interceptor type, in the schema of {@code interceptors.yaml}; null after recording
   * its mistakes.
   *
   * @param firstLine the line of each id read so far in the same list, for duplicates
   */
  InterceptorClass interceptor(YamlDocument.Node n, Map<String, Integer> firstLine) {
    int before = errors.size();
    n.onlyKeys(
        "id",
        "name",
        "notional",
        "source",
        "note",
        "layer",
        "stages",
        "divert_mps",
        "intercept_altitude_km",
        "max_range_km",
        "max_time_of_flight_s",
        "pssk",
        "reaction_time_s");
    String id = id(n, firstLine);
    String name = n.text("name");
    boolean notional = n.bool("notional");
    String source = n.text("source");
    String note = n.text("note", "");
    String layer = n.oneOf("layer", LAYERS);
    List<InterceptorType.Stage> stages = new ArrayList<>();
    for (YamlDocument.Node s : n.mappings("stages")) {
      int stageBefore = errors.size();
      s.onlyKeys("burn_time_s", "burnout_speed_kmps");
      double burnS = s.positive("burn_time_s");
      double speedKmps = s.positive("burnout_speed_kmps");
      InterceptorType.Stage stage =
          buildIfValid(
              s, stageBefore, () -> new InterceptorType.Stage(burnS, speedKmps * MPS_PER_KMPS));
      if (stage != null) {
        stages.add(stage);
      }
    }
    double divertMps = n.number("divert_mps", "a speed in m/s >= 0", v -> v >= 0);
    double[] altitudeKm = n.numbers("intercept_altitude_km", "a height in km >= 0", v -> v >= 0);
    if (altitudeKm != null && (altitudeKm.length != 2 || !(altitudeKm[1] > altitudeKm[0]))) {
      n.get("intercept_altitude_km").error("must be [lowest, highest] in km with lowest < highest");
    }
    double rangeKm = n.positive("max_range_km");
    double flightS = n.positive("max_time_of_flight_s");
    double pssk = n.number("pssk", "a probability in [0, 1]", v -> v >= 0 && v <= 1);
    double reactionS = n.number("reaction_time_s", "a number of seconds >= 0", v -> v >= 0);
    InterceptorType type =
        buildIfValid(
            n,
            before,
            () ->
                new InterceptorType(
                    id,
                    name,
                    stages,
                    divertMps,
                    altitudeKm[0] * M_PER_KM,
                    altitudeKm[1] * M_PER_KM,
                    rangeKm * M_PER_KM,
                    flightS,
                    pssk,
                    reactionS,
                    Layer.values()[LAYERS.indexOf(layer)],
                    source,
                    notional));
    return type == null ? null : n.build(() -> new InterceptorClass(type, note));
  }

  private List<Place> places(YamlDocument.Node root) {
    List<Place> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    root.onlyKeys("places");
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlDocument.Node n : root.mappings("places")) {
      int before = errors.size();
      n.onlyKeys(
          "id", "name", "lat_deg", "lon_deg", "alt_m", "kind", "source", "notional", "accuracy");
      String id = id(n, firstLine);
      String name = n.text("name");
      double lat =
          n.number("lat_deg", "a number of degrees in [-90, 90]", v -> v >= -90 && v <= 90);
      double lon =
          n.number("lon_deg", "a number of degrees in [-180, 180]", v -> v >= -180 && v <= 180);
      double alt = n.number("alt_m", "a height in metres", v -> true);
      String kind = n.oneOf("kind", PLACE_KINDS);
      String source = n.text("source");
      boolean notional = n.bool("notional");
      String accuracy = n.text("accuracy");
      if (errors.size() == before) {
        out.add(
            new Place(
                id, name, Geodetic.ofDegrees(lat, lon, alt), kind, source, notional, accuracy));
      }
    }
    return out;
  }

  /**
   * Reads one missile class, in the schema of {@code missiles.yaml}; null after recording its
   * mistakes.
   *
   * @param firstLine the line of each id read so far in the same list, for duplicates
   */
  MissileClass missile(YamlDocument.Node n, Map<String, Integer> firstLine) {
    int before = errors.size();
    n.onlyKeys(
        "id",
        "name",
        "notional",
        "source",
        "published",
        "rcs",
        "vertical_rise_s",
        "pitch_over_s",
        "body_drag",
        "stages",
        "reentry_vehicle");
    String id = id(n, firstLine);
    String name = n.text("name");
    boolean notional = n.bool("notional");
    String source = n.text("source");
    YamlDocument.Node published = n.mapping("published");
    double boostTimeS = Double.NaN;
    double reachKm = Double.NaN;
    String note = null;
    if (published != null) {
      published.onlyKeys("boost_time_s", "reach_km", "note");
      boostTimeS = published.positive("boost_time_s");
      reachKm = published.positive("reach_km");
      note = published.text("note", "");
    }
    TargetSignature signature = signature(n.mapping("rcs"));
    double verticalRiseS = n.positive("vertical_rise_s");
    double pitchOverS = n.positive("pitch_over_s");
    DragCurve bodyDrag = drag(n.mapping("body_drag"));
    List<Stage> stages = new ArrayList<>();
    for (YamlDocument.Node s : n.mappings("stages")) {
      stages.add(stage(s));
    }
    ReentryVehicle rv = reentryVehicle(n.mapping("reentry_vehicle"));
    MissileType type =
        buildIfValid(
            n,
            before,
            () -> new MissileType(id, name, stages, rv, bodyDrag, verticalRiseS, pitchOverS));
    if (type == null) {
      return null;
    }
    double boostS = boostTimeS;
    double reachM = reachKm * M_PER_KM;
    String publishedNote = note;
    return n.build(
        () -> new MissileClass(type, signature, source, notional, boostS, reachM, publishedNote));
  }

  private TargetSignature signature(YamlDocument.Node rcs) {
    if (rcs == null) {
      return null;
    }
    int before = errors.size();
    rcs.onlyKeys("booster_m2", "reentry_vehicle_m2");
    double boosterM2 = rcs.positive("booster_m2");
    double rvM2 = rcs.positive("reentry_vehicle_m2");
    return buildIfValid(rcs, before, () -> new TargetSignature(boosterM2, rvM2));
  }

  /**
   * Reads one satellite class, in the schema of {@code satellites.yaml}; null after recording its
   * mistakes.
   *
   * @param firstLine the line of each id read so far in the same list, for duplicates
   */
  SatelliteClass satellite(YamlDocument.Node n, Map<String, Integer> firstLine) {
    int before = errors.size();
    n.onlyKeys(
        "id",
        "name",
        "notional",
        "source",
        "min_plume_altitude_km",
        "limb_grazing_height_km",
        "frame_s",
        "detections_to_declare",
        "report_latency_s",
        "launch_point_sigma_km",
        "launch_time_sigma_s",
        "heading_sigma_deg",
        "geo_longitudes_deg");
    String id = id(n, firstLine);
    String name = n.text("name");
    boolean notional = n.bool("notional");
    String source = n.text("source");
    double plumeKm = n.number("min_plume_altitude_km", "a number >= 0", v -> v >= 0);
    double grazingKm = n.number("limb_grazing_height_km", "a number >= 0", v -> v >= 0);
    double frameS = n.positive("frame_s");
    double detections =
        n.number("detections_to_declare", "a whole number >= 1", v -> v >= 1 && v == Math.rint(v));
    double latencyS = n.number("report_latency_s", "a number >= 0", v -> v >= 0);
    double pointKm = n.number("launch_point_sigma_km", "a number >= 0", v -> v >= 0);
    double timeS = n.number("launch_time_sigma_s", "a number >= 0", v -> v >= 0);
    double headingDeg = n.number("heading_sigma_deg", "a number >= 0", v -> v >= 0);
    double[] longitudesDeg =
        n.numbers(
            "geo_longitudes_deg", "a number of degrees in [-180, 180]", v -> v >= -180 && v <= 180);
    EarlyWarningType type =
        buildIfValid(
            n,
            before,
            () ->
                new EarlyWarningType(
                    id,
                    name,
                    plumeKm * M_PER_KM,
                    grazingKm * M_PER_KM,
                    frameS,
                    (int) detections,
                    latencyS,
                    pointKm * M_PER_KM,
                    timeS,
                    Math.toRadians(headingDeg)));
    if (type == null) {
      return null;
    }
    List<Double> longitudesRad = new ArrayList<>();
    for (double lon : longitudesDeg) {
      longitudesRad.add(Math.toRadians(lon));
    }
    return n.build(() -> new SatelliteClass(type, source, notional, longitudesRad));
  }

  private Stage stage(YamlDocument.Node s) {
    int before = errors.size();
    s.onlyKeys(
        "propellant_mass_kg",
        "dry_mass_kg",
        "burn_time_s",
        "vacuum_isp_s",
        "nozzle_exit_area_m2",
        "diameter_m");
    double propellantKg = s.positive("propellant_mass_kg");
    double dryKg = s.positive("dry_mass_kg");
    double burnS = s.positive("burn_time_s");
    double ispS = s.positive("vacuum_isp_s");
    double exitM2 = s.number("nozzle_exit_area_m2", "a number >= 0", v -> v >= 0);
    double diameterM = s.positive("diameter_m");
    return buildIfValid(
        s, before, () -> new Stage(propellantKg, dryKg, burnS, ispS, exitM2, diameterM));
  }

  private ReentryVehicle reentryVehicle(YamlDocument.Node rv) {
    if (rv == null) {
      return null;
    }
    int before = errors.size();
    rv.onlyKeys("mass_kg", "diameter_m", "drag");
    double massKg = rv.positive("mass_kg");
    double diameterM = rv.positive("diameter_m");
    DragCurve drag = drag(rv.mapping("drag"));
    return buildIfValid(
        rv, before, () -> new ReentryVehicle(massKg, Math.PI * diameterM * diameterM / 4, drag));
  }

  private DragCurve drag(YamlDocument.Node d) {
    if (d == null) {
      return null;
    }
    int before = errors.size();
    d.onlyKeys("mach", "cd");
    double[] mach = d.numbers("mach");
    double[] cd = d.numbers("cd");
    return buildIfValid(d, before, () -> new DragCurve(mach, cd));
  }

  /** Builds a value only if reading its parts, since {@code errorsBefore}, found no mistake. */
  private <T> T buildIfValid(YamlDocument.Node n, int errorsBefore, Supplier<T> constructor) {
    return errors.size() == errorsBefore ? n.build(constructor) : null;
  }

  /** The entry's id, checked for form and for uniqueness within its file. */
  private static String id(YamlDocument.Node n, Map<String, Integer> firstLine) {
    String id = n.text("id");
    if (id == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      n.error("id '" + id + "' must be " + ID_RULE);
    } else if (firstLine.containsKey(id)) {
      n.error("duplicate id '" + id + "', first used at line " + firstLine.get(id));
    } else {
      firstLine.put(id, n.line());
    }
    return id;
  }
}
