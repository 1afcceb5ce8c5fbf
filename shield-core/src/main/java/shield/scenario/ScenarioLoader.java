package shield.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shield.command.Doctrine;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.sense.EarlyWarningConstellation;
import shield.sense.Face;
import shield.sense.Radar;
import shield.sense.RadarType;

/**
 * Reads a scenario file and checks all of it before anything runs: every mistake is reported at
 * once, each with the file, line and key path and what would be valid.
 *
 * <p>The schema is documented in {@code docs/scenario.md}. Threats are aimed while loading, so a
 * target out of reach or an apogee the missile cannot fly is a mistake of the file, at the threat
 * that asks for it.
 */
public final class ScenarioLoader {

  private static final double M_PER_KM = 1000;
  private static final int MAX_RAID = 1000;

  /** Largest inventory, launcher or fire-channel count a battery may have: a check for typing. */
  private static final int MAX_COUNT = 10_000;

  /** Largest salvo: more interceptors at one threat at once is no doctrine anyone has proposed. */
  private static final int MAX_SALVO = 8;

  /** Fire-control modes as the file spells them, in the order of {@link FireControl}. */
  private static final List<String> FIRE_CONTROLS =
      List.of("own-radar", "launch-on-remote", "engage-on-remote");

  /** Firing policies as the file spells them, in the order of {@link Doctrine.Policy}. */
  private static final List<String> POLICIES = List.of("shoot-look-shoot", "salvo", "single");

  /**
   * Shortest ground range a threat may be aimed over (m): below it no ballistic flight is meant.
   */
  private static final double MIN_RANGE_M = 10_000;

  private final Catalog catalog;
  private final String fileName;
  private final List<String> errors = new ArrayList<>();
  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Set<String> placeIds = new LinkedHashSet<>();
  private final Map<String, MissileClass> missiles = new LinkedHashMap<>();
  private final Set<String> sensorIds = new LinkedHashSet<>();
  private final Map<String, RadarClass> radarTypes = new LinkedHashMap<>();
  private final Map<String, SatelliteClass> satelliteTypes = new LinkedHashMap<>();
  private final Map<String, InterceptorClass> interceptorTypes = new LinkedHashMap<>();

  private ScenarioLoader(Catalog catalog, String fileName) {
    this.catalog = catalog;
    this.fileName = fileName;
  }

  /**
   * Loads a scenario file.
   *
   * @param file the YAML file
   * @param catalog the catalog that ids are looked up in
   * @throws ScenarioException listing every mistake, one per line
   */
  public static Scenario load(Path file, Catalog catalog) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString(), catalog);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Loads a scenario from a stream.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @param fileName the file's name, for messages
   * @param catalog the catalog that ids are looked up in
   * @throws ScenarioException listing every mistake, one per line
   */
  public static Scenario load(InputStream in, String fileName, Catalog catalog) {
    return new ScenarioLoader(catalog, fileName).read(in);
  }

  private Scenario read(InputStream in) {
    YamlDocument.Node root = YamlDocument.read(in, fileName, errors);
    if (root == null) {
      throw new ScenarioException(String.join(System.lineSeparator(), errors));
    }
    root.onlyKeys(
        "name",
        "description",
        "epoch_utc",
        "places",
        "types",
        "radars",
        "satellites",
        "networks",
        "threats",
        "assets",
        "batteries");
    String name = root.text("name");
    if (name != null && !CatalogLoader.ID.matcher(name).matches()) {
      root.get("name").error("name '" + name + "' must be " + CatalogLoader.ID_RULE);
    }
    String description = root.text("description", "");
    Instant epoch = epoch(root);
    for (YamlDocument.Node p : root.optionalMappings("places")) {
      place(p);
    }
    if (root.has("types")) {
      types(root.mapping("types"));
    }
    List<Radar> radars = new ArrayList<>();
    for (YamlDocument.Node r : root.optionalMappings("radars")) {
      Radar radar = radar(r);
      if (radar != null) {
        radars.add(radar);
      }
    }
    Set<String> radarIds = new LinkedHashSet<>();
    radars.forEach(r -> radarIds.add(r.id()));
    List<SatelliteSensor> satellites = new ArrayList<>();
    for (YamlDocument.Node k : root.optionalMappings("satellites")) {
      SatelliteSensor sensor = satellite(k);
      if (sensor != null) {
        checkCues(k, sensor, radarIds);
        satellites.add(sensor);
      }
    }
    List<ThreatSpec> specs = new ArrayList<>();
    Set<String> threatIds = new LinkedHashSet<>();
    for (YamlDocument.Node t : root.mappings("threats")) {
      ThreatSpec spec = threat(t, threatIds);
      if (spec != null) {
        specs.add(spec);
      }
    }
    List<Network> networks = new ArrayList<>();
    Set<String> networkIds = new LinkedHashSet<>();
    for (YamlDocument.Node n : root.optionalMappings("networks")) {
      Network network = network(n, networkIds);
      if (network != null) {
        networks.add(network);
      }
    }
    List<DefendedAsset> assets = new ArrayList<>();
    Set<String> assetIds = new LinkedHashSet<>();
    for (YamlDocument.Node a : root.optionalMappings("assets")) {
      DefendedAsset asset = asset(a, assetIds);
      if (asset != null) {
        assets.add(asset);
      }
    }
    List<Battery> batteries = new ArrayList<>();
    Set<String> batteryIds = new LinkedHashSet<>();
    for (YamlDocument.Node b : root.optionalMappings("batteries")) {
      Battery battery = battery(b, batteryIds, radarIds, networkIds);
      if (battery != null) {
        batteries.add(battery);
      }
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(String.join(System.lineSeparator(), errors));
    }
    List<Threat> threats = aim(specs);
    if (!errors.isEmpty()) {
      throw new ScenarioException(String.join(System.lineSeparator(), errors));
    }
    return new Scenario(
        name, description, epoch, threats, radars, satellites, networks, assets, batteries);
  }

  private Instant epoch(YamlDocument.Node root) {
    String text = root.text("epoch_utc");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      root.get("epoch_utc")
          .error("must be a UTC time like 2011-12-01T06:00:00Z, got text '" + text + "'");
      return null;
    }
  }

  private void place(YamlDocument.Node p) {
    int before = errors.size();
    p.onlyKeys("id", "name", "lat_deg", "lon_deg", "alt_m", "source");
    String id = id(p, placeIds, "place");
    String name = p.text("name", id);
    Geodetic position = position(p);
    String source = p.text("source", "given in " + fileName);
    if (errors.size() == before) {
      places.put(
          id, new Place(id, name, position, "site", source, false, "as given in the scenario"));
    }
  }

  private void types(YamlDocument.Node types) {
    if (types == null) {
      return;
    }
    types.onlyKeys("missiles", "radars", "satellites", "interceptors");
    CatalogLoader reader = new CatalogLoader(errors);
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlDocument.Node m : types.optionalMappings("missiles")) {
      MissileClass c = reader.missile(m, firstLine);
      if (c != null) {
        missiles.put(c.id(), c);
      }
    }
    firstLine.clear();
    for (YamlDocument.Node r : types.optionalMappings("radars")) {
      RadarClass c = reader.radar(r, firstLine);
      if (c != null) {
        radarTypes.put(c.id(), c);
      }
    }
    firstLine.clear();
    for (YamlDocument.Node k : types.optionalMappings("satellites")) {
      SatelliteClass c = reader.satellite(k, firstLine);
      if (c != null) {
        satelliteTypes.put(c.id(), c);
      }
    }
    firstLine.clear();
    for (YamlDocument.Node i : types.optionalMappings("interceptors")) {
      InterceptorClass c = reader.interceptor(i, firstLine);
      if (c != null) {
        interceptorTypes.put(c.id(), c);
      }
    }
  }

  private Radar radar(YamlDocument.Node r) {
    int before = errors.size();
    r.onlyKeys(
        "id",
        "type",
        "at",
        "antenna_height_m",
        "faces_deg",
        "first_face_deg",
        "face_count",
        "refraction_k",
        "instrumented_range_km",
        "track_revisit_s",
        "track_capacity");
    String id = sensorId(r);
    RadarClass radarClass = radarType(r);
    RadarType catalogType = radarClass == null ? null : radarClass.type();
    Place at = placeRef(r, "at");
    double antennaM =
        r.number("antenna_height_m", "a height in metres in [0, 500]", v -> v >= 0 && v <= 500, 0);
    double[] facesDeg = null;
    double firstFaceDeg = Double.NaN;
    int faceCount = 0;
    String faceRule =
        "give faces_deg (the boresight of each face) or first_face_deg (the first boresight;"
            + " face_count faces, by default the type's, follow side by side)";
    if (r.has("faces_deg") == r.has("first_face_deg")) {
      r.error(faceRule);
    } else if (r.has("faces_deg")) {
      facesDeg =
          r.numbers("faces_deg", "a boresight azimuth in [0, 360) degrees", v -> v >= 0 && v < 360);
      if (r.has("face_count")) {
        r.get("face_count").error("goes with first_face_deg, not faces_deg");
      }
    } else {
      firstFaceDeg =
          r.number(
              "first_face_deg", "a boresight azimuth in [0, 360) degrees", v -> v >= 0 && v < 360);
      faceCount = r.integer("face_count", 1, 12, radarClass == null ? 1 : radarClass.faceCount());
    }
    double k =
        r.number(
            "refraction_k",
            "an effective-Earth factor in [1, 4] (4/3 for standard refraction, 1 for none)",
            v -> v >= 1 && v <= 4,
            Radar.STANDARD_REFRACTION_K);
    RadarType type = null;
    if (catalogType != null) {
      double rangeKm =
          r.number(
              "instrumented_range_km",
              "a positive range in km",
              v -> v > 0,
              catalogType.instrumentedRangeM() / M_PER_KM);
      double revisitS =
          r.number(
              "track_revisit_s",
              "a positive number of seconds",
              v -> v > 0,
              catalogType.trackRevisitS());
      int capacity = r.integer("track_capacity", 1, 100_000, catalogType.trackCapacity());
      if (errors.size() == before) {
        type = r.build(() -> catalogType.withSite(rangeKm * M_PER_KM, revisitS, capacity));
      }
    }
    if (errors.size() != before || type == null) {
      return null;
    }
    List<Face> faces = new ArrayList<>();
    if (facesDeg == null) {
      faces.addAll(radarClass.faces(Math.toRadians(firstFaceDeg), faceCount));
    } else {
      for (double az : facesDeg) {
        faces.add(
            new Face(
                Math.toRadians(az),
                type.faceHalfWidthRad(),
                type.minElevationRad(),
                type.maxElevationRad()));
      }
    }
    Geodetic p = at.position();
    Geodetic antenna = new Geodetic(p.latitudeRad(), p.longitudeRad(), p.heightM() + antennaM);
    RadarType finalType = type;
    return r.build(() -> new Radar(id, finalType, antenna, faces, k));
  }

  private RadarClass radarType(YamlDocument.Node r) {
    String id = r.text("type");
    if (id == null) {
      return null;
    }
    RadarClass c = radarTypes.get(id);
    if (c != null) {
      return c;
    }
    try {
      return catalog.radar(id);
    } catch (CatalogException e) {
      r.get("type").error(e.getMessage());
      return null;
    }
  }

  private SatelliteSensor satellite(YamlDocument.Node k) {
    int before = errors.size();
    k.onlyKeys("id", "type", "geo_longitudes_deg", "cues");
    String id = sensorId(k);
    SatelliteClass type = satelliteType(k);
    double[] longitudesDeg = k.has("geo_longitudes_deg") ? k.numbers("geo_longitudes_deg") : null;
    List<String> cues = k.has("cues") ? k.texts("cues") : List.of();
    if (errors.size() != before || type == null) {
      return null;
    }
    if (longitudesDeg == null) {
      return k.build(() -> new SatelliteSensor(type.constellation(id), cues));
    }
    List<Double> longitudesRad = new ArrayList<>();
    for (double lon : longitudesDeg) {
      if (!(Math.abs(lon) <= 180)) {
        k.get("geo_longitudes_deg")
            .error("each longitude must be in [-180, 180] degrees, got " + lon);
        return null;
      }
      longitudesRad.add(Math.toRadians(lon));
    }
    return k.build(
        () ->
            new SatelliteSensor(
                new EarlyWarningConstellation(id, type.type(), longitudesRad), cues));
  }

  private SatelliteClass satelliteType(YamlDocument.Node k) {
    String id = k.text("type");
    if (id == null) {
      return null;
    }
    SatelliteClass c = satelliteTypes.get(id);
    if (c != null) {
      return c;
    }
    try {
      return catalog.satellite(id);
    } catch (CatalogException e) {
      k.get("type").error(e.getMessage());
      return null;
    }
  }

  /** Every radar a constellation cues must be a radar of the scenario. */
  private static void checkCues(YamlDocument.Node k, SatelliteSensor sensor, Set<String> radarIds) {
    for (String cue : sensor.cuedRadarIds()) {
      if (!radarIds.contains(cue)) {
        k.get("cues").error(CatalogException.unknown("radar", cue, radarIds).getMessage());
      }
    }
  }

  /** A sensor's id, checked for form and for uniqueness among radars and satellites. */
  private String sensorId(YamlDocument.Node n) {
    return id(n, sensorIds, "sensor");
  }

  /** A threat entry as read, before its flight is solved. */
  private record ThreatSpec(
      YamlDocument.Node node,
      String id,
      MissileClass missile,
      Place from,
      Place to,
      TrajectoryShape shape,
      double launchTimeS,
      int count,
      double spacingS) {}

  private ThreatSpec threat(YamlDocument.Node t, Set<String> threatIds) {
    int before = errors.size();
    t.onlyKeys("id", "missile", "from", "to", "launch_time_s", "count", "spacing_s", "shape");
    String id = id(t, threatIds, "threat");
    MissileClass missile = missile(t);
    Place from = placeRef(t, "from");
    Place to = placeRef(t, "to");
    double launchTimeS = t.number("launch_time_s", "a number of seconds", Double::isFinite, 0);
    int count = t.integer("count", 1, MAX_RAID, 1);
    double spacingS =
        count > 1
            ? t.number("spacing_s", "a number of seconds >= 0 between launches", v -> v >= 0)
            : t.number("spacing_s", "a number of seconds >= 0 between launches", v -> v >= 0, 0);
    TrajectoryShape shape = shape(t);
    if (from != null && to != null) {
      double distanceM = Geodesy.inverse(from.position(), to.position()).distanceM();
      if (distanceM < MIN_RANGE_M) {
        t.get("to").error("the aim point must be at least 10 km from the launch place");
      }
    }
    if (errors.size() != before) {
      return null;
    }
    if (count > 1) {
      for (int i = 1; i <= count; i++) {
        String member = id + "-" + i;
        if (!threatIds.add(member)) {
          t.error("raid member id '" + member + "' is already used");
        }
      }
    }
    return new ThreatSpec(t, id, missile, from, to, shape, launchTimeS, count, spacingS);
  }

  private MissileClass missile(YamlDocument.Node t) {
    String id = t.text("missile");
    if (id == null) {
      return null;
    }
    MissileClass m = missiles.get(id);
    if (m != null) {
      return m;
    }
    try {
      return catalog.missile(id);
    } catch (CatalogException e) {
      t.get("missile").error(e.getMessage());
      return null;
    }
  }

  private TrajectoryShape shape(YamlDocument.Node t) {
    if (!t.has("shape")) {
      return new TrajectoryShape.MinimumEnergy();
    }
    String valid = "minimum-energy, depressed, or a mapping {apogee_km: H}";
    if (t.isMapping("shape")) {
      YamlDocument.Node s = t.get("shape");
      s.onlyKeys("apogee_km");
      double km = s.number("apogee_km", "a height in km in (0, 5000]", v -> v > 0 && v <= 5000);
      return Double.isNaN(km) ? null : new TrajectoryShape.Apogee(km * M_PER_KM);
    }
    String text = t.get("shape").asText();
    if ("minimum-energy".equals(text)) {
      return new TrajectoryShape.MinimumEnergy();
    }
    if ("depressed".equals(text)) {
      return new TrajectoryShape.Depressed();
    }
    t.get("shape").error("must be " + valid);
    return null;
  }

  private Network network(YamlDocument.Node n, Set<String> networkIds) {
    int before = errors.size();
    n.onlyKeys("id", "node", "links");
    String id = id(n, networkIds, "network");
    Optional<Place> node =
        n.has("node") ? Optional.ofNullable(placeRef(n, "node")) : Optional.empty();
    List<Network.Link> links = new ArrayList<>();
    Set<String> linked = new LinkedHashSet<>();
    for (YamlDocument.Node l : n.mappings("links")) {
      l.onlyKeys("sensor", "latency_s");
      String sensor = l.text("sensor");
      double latencyS = l.number("latency_s", "a number of seconds >= 0", v -> v >= 0);
      if (sensor == null || Double.isNaN(latencyS)) {
        continue;
      }
      if (!sensorIds.contains(sensor)) {
        l.get("sensor").error(CatalogException.unknown("sensor", sensor, sensorIds).getMessage());
      } else if (!linked.add(sensor)) {
        l.get("sensor").error("sensor '" + sensor + "' is linked to this network twice");
      } else {
        links.add(new Network.Link(sensor, latencyS));
      }
    }
    return errors.size() == before ? new Network(id, node, links) : null;
  }

  private DefendedAsset asset(YamlDocument.Node a, Set<String> assetIds) {
    int before = errors.size();
    a.onlyKeys("id", "at", "value");
    String id = id(a, assetIds, "asset");
    Place at = a.has("at") ? placeRef(a, "at") : placeById(a, id);
    double value = a.number("value", "a positive number", v -> v > 0, 1);
    return errors.size() == before ? new DefendedAsset(id, at, value) : null;
  }

  /**
   * Reads one battery; null after recording its mistakes.
   *
   * @param radarIds the scenario's radars, one of which a battery's own radar must be
   * @param networkIds the scenario's networks, one of which feeds the battery its tracks
   */
  private Battery battery(
      YamlDocument.Node b, Set<String> batteryIds, Set<String> radarIds, Set<String> networkIds) {
    int before = errors.size();
    b.onlyKeys(
        "id",
        "at",
        "interceptor",
        "inventory",
        "launchers",
        "fire_channels",
        "network",
        "fire_control",
        "radar",
        "doctrine");
    String id = id(b, batteryIds, "battery");
    Place at = placeRef(b, "at");
    InterceptorClass type = interceptorType(b);
    int inventory = b.integer("inventory", 0, MAX_COUNT);
    int launchers = b.integer("launchers", 1, MAX_COUNT);
    int fireChannels = b.integer("fire_channels", 1, MAX_COUNT);
    String network = b.text("network");
    if (network != null && !networkIds.contains(network)) {
      b.get("network").error(CatalogException.unknown("network", network, networkIds).getMessage());
    }
    String fireControlText = b.oneOf("fire_control", FIRE_CONTROLS);
    FireControl fireControl =
        fireControlText == null
            ? null
            : FireControl.values()[FIRE_CONTROLS.indexOf(fireControlText)];
    Optional<String> radar = Optional.empty();
    if (b.has("radar")) {
      String r = b.text("radar");
      if (r != null && !radarIds.contains(r)) {
        b.get("radar").error(CatalogException.unknown("radar", r, radarIds).getMessage());
      }
      radar = Optional.ofNullable(r);
    } else if (fireControl != null && fireControl != FireControl.ENGAGE_ON_REMOTE) {
      b.missing(
          "radar",
          "one of the scenario's radars ("
              + String.join(", ", radarIds)
              + "), because fire_control "
              + fireControlText
              + " guides with the battery's own radar; or fire_control engage-on-remote");
    }
    Doctrine doctrine = b.has("doctrine") ? doctrine(b.mapping("doctrine")) : Doctrine.defaults();
    if (errors.size() != before) {
      return null;
    }
    Optional<String> radarId = radar;
    return b.build(
        () ->
            new Battery(
                id,
                at,
                type.type(),
                inventory,
                launchers,
                fireChannels,
                network,
                fireControl,
                radarId,
                doctrine));
  }

  /** A battery's doctrine; null after recording a mistake. */
  private Doctrine doctrine(YamlDocument.Node d) {
    if (d == null) {
      return null;
    }
    int before = errors.size();
    d.onlyKeys("policy", "salvo_size", "kill_assessment_delay_s", "kill_assessment_accuracy");
    Doctrine defaults = Doctrine.defaults();
    String policy = d.has("policy") ? d.oneOf("policy", POLICIES) : POLICIES.get(0);
    int salvoSize = d.integer("salvo_size", 1, MAX_SALVO, defaults.salvoSize());
    double delayS =
        d.number(
            "kill_assessment_delay_s",
            "a number of seconds >= 0",
            v -> v >= 0,
            defaults.killAssessmentDelayS());
    double accuracy =
        d.number(
            "kill_assessment_accuracy",
            "a probability in [0, 1]",
            v -> v >= 0 && v <= 1,
            defaults.killAssessmentAccuracy());
    if (errors.size() != before) {
      return null;
    }
    Doctrine.Policy p = Doctrine.Policy.values()[POLICIES.indexOf(policy)];
    return d.build(() -> new Doctrine(p, salvoSize, delayS, accuracy));
  }

  private InterceptorClass interceptorType(YamlDocument.Node b) {
    String id = b.text("interceptor");
    if (id == null) {
      return null;
    }
    InterceptorClass c = interceptorTypes.get(id);
    if (c != null) {
      return c;
    }
    try {
      return catalog.interceptor(id);
    } catch (CatalogException e) {
      b.get("interceptor").error(e.getMessage());
      return null;
    }
  }

  /**
   * A place given at a key: a scenario or catalog id, {@code LAT,LON[,ALT_M]}, or a mapping {@code
   * {lat_deg, lon_deg, alt_m}}; null after recording a mistake.
   */
  private Place placeRef(YamlDocument.Node parent, String key) {
    if (!parent.has(key)) {
      parent.text(key); // records the missing key
      return null;
    }
    YamlDocument.Node n = parent.get(key);
    if (n.isMapping()) {
      int before = errors.size();
      n.onlyKeys("lat_deg", "lon_deg", "alt_m");
      Geodetic position = position(n);
      if (errors.size() != before) {
        return null;
      }
      String text =
          asGiven(position.latitudeDeg())
              + ","
              + asGiven(position.longitudeDeg())
              + ","
              + position.heightM();
      return new Place(text, text, position, "point", "given in " + fileName, false, "as given");
    }
    String text = n.asText();
    if (text == null) {
      n.error(
          "must be a place id, LAT,LON[,ALT_M], or a mapping {lat_deg, lon_deg, alt_m}, got "
              + "something else");
      return null;
    }
    return placeById(n, text);
  }

  /**
   * The position of a mapping's {@code lat_deg}, {@code lon_deg} and optional {@code alt_m}
   * (default 0); null after recording a mistake.
   */
  private static Geodetic position(YamlDocument.Node n) {
    double lat = n.number("lat_deg", "a number of degrees in [-90, 90]", v -> Math.abs(v) <= 90);
    double lon = n.number("lon_deg", "a number of degrees in [-180, 180]", v -> Math.abs(v) <= 180);
    double alt = n.number("alt_m", heightRule(), ScenarioLoader::validHeight, 0);
    return Double.isNaN(lat + lon + alt) ? null : Geodetic.ofDegrees(lat, lon, alt);
  }

  /** Degrees rounded to 1e-9 (0.1 mm), so that 48.0 read from the file shows as 48.0. */
  private static double asGiven(double degrees) {
    return Math.round(degrees * 1e9) / 1e9;
  }

  private Place placeById(YamlDocument.Node n, String text) {
    if (text == null) {
      return null;
    }
    Place p = places.get(text.strip());
    if (p != null) {
      return p;
    }
    try {
      return Places.parse(text, catalog, "given in " + fileName);
    } catch (CatalogException e) {
      n.error(e.getMessage());
      return null;
    }
  }

  /** The entry's id, checked for form and for uniqueness among those already read. */
  private static String id(YamlDocument.Node n, Set<String> used, String what) {
    String id = n.text("id");
    if (id == null) {
      return null;
    }
    if (!CatalogLoader.ID.matcher(id).matches()) {
      n.get("id").error(what + " id '" + id + "' must be " + CatalogLoader.ID_RULE);
    } else if (used.contains(id)) {
      n.get("id").error("duplicate " + what + " id '" + id + "'");
    } else {
      used.add(id);
    }
    return id;
  }

  private static String heightRule() {
    return "a height in metres in ["
        + (int) Places.MIN_HEIGHT_M
        + ", "
        + (int) Places.MAX_HEIGHT_M
        + "]";
  }

  private static boolean validHeight(double heightM) {
    return heightM >= Places.MIN_HEIGHT_M && heightM <= Places.MAX_HEIGHT_M;
  }

  /**
   * Solves each distinct flight once (missile, launch place, aim point, shape) and shifts it to
   * every launch time of the raids that fly it: flight in the Earth-fixed frame does not depend on
   * the time of day.
   */
  private List<Threat> aim(List<ThreatSpec> specs) {
    Map<String, Targeting> targetingByMissile = new HashMap<>();
    Map<String, Trajectory> flights = new HashMap<>();
    List<Threat> out = new ArrayList<>();
    for (ThreatSpec s : specs) {
      String key = s.missile.id() + "|" + s.from.position() + "|" + s.to.position() + "|" + s.shape;
      Trajectory flight = flights.get(key);
      if (flight == null) {
        Targeting targeting =
            targetingByMissile.computeIfAbsent(
                s.missile.id(), k -> new Targeting(new MissileFlight(s.missile.type())));
        Geodetic aimPoint =
            new Geodetic(s.to.position().latitudeRad(), s.to.position().longitudeRad(), 0);
        try {
          flight = targeting.aim(s.from.position(), aimPoint, 0, s.shape).trajectory();
        } catch (TargetingException e) {
          s.node.error(
              "cannot aim "
                  + s.missile.id()
                  + " from "
                  + s.from.id()
                  + " at "
                  + s.to.id()
                  + ": "
                  + e.getMessage());
          continue;
        }
        flights.put(key, flight);
      }
      for (int i = 0; i < s.count; i++) {
        String id = s.count == 1 ? s.id : s.id + "-" + (i + 1);
        out.add(
            new Threat(
                id,
                s.missile,
                s.from,
                s.to,
                s.shape,
                flight.shiftedBy(s.launchTimeS + i * s.spacingS)));
      }
    }
    return out;
  }
}
