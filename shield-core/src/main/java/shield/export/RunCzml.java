package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.engage.InterceptorPath;
import shield.engage.Opportunity;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.RunResult;
import shield.sim.Shot;
import shield.sim.ThreatOutcome;
import shield.sim.TrialRecord;

/**
 * Writes one trial of a run as a CZML document that CesiumJS plays on a globe: every threat flying
 * until it is destroyed or lands, every interceptor from launch to intercept, every intercept as a
 * marker from its time on (green for a kill, grey for a miss), and the scenario's sites and radar
 * coverage as {@link ScenarioCzml} writes them.
 *
 * <p>The clock runs from the first threat launch to the last impact or intercept, at about a minute
 * of play. Packet ids are {@code threat/<id>}, {@code interceptor/<n>}, {@code intercept/<n>} (n
 * counts the shots from 1 in launch order), and those of {@link ScenarioCzml} for the sites.
 * Threats are written as {@link TrajectoryCzml} writes a missile, cut at their end; an
 * interceptor's flight is its planner's sampled path, interpolated with cubic Lagrange polynomials,
 * low enough in degree not to swing where the booster burns out.
 */
public final class RunCzml {

  /** Points of each interceptor's sampled flight. */
  public static final int INTERCEPTOR_SAMPLES = 30;

  private static final double PLAY_DURATION_S = 60;
  private static final double PATH_POINTS = 1000;
  private static final int INTERCEPTOR_DEGREE = 3;
  private static final int[] THREAT_RGBA = {255, 90, 40, 255};
  private static final int[] INTERCEPTOR_RGBA = {80, 170, 255, 255};
  private static final int[] KILL_RGBA = {60, 220, 90, 255};
  private static final int[] MISS_RGBA = {170, 170, 170, 255};
  private static final int[] WHITE_RGBA = {255, 255, 255, 255};
  private static final double M_PER_KM = 1000;

  /**
   * How long Cesium holds a position past its last sample (s): far beyond the rounding, below a
   * frame.
   */
  private static final double HOLD_S = 0.001;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RunCzml() {}

  /** Writes a run's first trial, with the interceptor flights from the run's planners. */
  public static void write(RunResult result, Writer out) throws IOException {
    write(result.plan().scenario(), result.firstTrial(), interceptorFlights(result), out);
  }

  /**
   * The interceptor flights of a run's first trial, from the run's planners, each flown once:
   * flying the flyout model again is most of the cost of writing a trial, so the CZML and the KML
   * of one run share them.
   *
   * @param result the run
   * @return each of trial 0's shots' flight, sampled at {@link #INTERCEPTOR_SAMPLES} points
   */
  public static Function<Shot, InterceptorPath> interceptorFlights(RunResult result) {
    Map<Shot, InterceptorPath> flights = new HashMap<>();
    for (Shot shot : result.firstTrial().shots()) {
      flights.computeIfAbsent(
          shot, s -> result.plan().planner(s.battery()).path(s.opportunity(), INTERCEPTOR_SAMPLES));
    }
    return flights::get;
  }

  /**
   * Writes a trial.
   *
   * @param scenario the scenario the trial ran
   * @param trial the trial, with its shots
   * @param flights each shot's interceptor flight
   * @param out where to write; left open
   */
  public static void write(
      Scenario scenario, TrialRecord trial, Function<Shot, InterceptorPath> flights, Writer out)
      throws IOException {
    Instant epoch = scenario.epoch();
    double startS = Double.POSITIVE_INFINITY;
    double endS = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scenario.threats().size(); i++) {
      startS = Math.min(startS, scenario.threats().get(i).launchTimeS());
      endS = Math.max(endS, threatEndS(scenario.threats().get(i), trial, i));
    }
    // The trial records a shot when it reaches its intercept; the ids count them in launch order,
    // and the stable sort keeps a salvo's interceptors in the order their outcomes were drawn.
    List<Shot> shots = new ArrayList<>(trial.shots());
    shots.sort(Comparator.comparingDouble(shot -> shot.opportunity().launchS()));
    for (Shot shot : shots) {
      endS = Math.max(endS, shot.opportunity().interceptS());
    }
    if (scenario.threats().isEmpty()) {
      startS = 0;
      endS = 0;
    }

    ArrayNode doc = NODES.arrayNode();
    doc.add(
        documentPacket(
            scenario.name() + ": trial " + trial.outcome().trial(), epoch, startS, endS));
    ScenarioCzml.addSites(doc, scenario);
    for (int i = 0; i < scenario.threats().size(); i++) {
      Threat t = scenario.threats().get(i);
      doc.add(threatPacket(t, threatEndS(t, trial, i), epoch));
    }
    for (int n = 0; n < shots.size(); n++) {
      Shot shot = shots.get(n);
      doc.add(interceptorPacket(n + 1, shot, flights.apply(shot), scenario, epoch));
      doc.add(interceptPacket(n + 1, shot, scenario, epoch, endS));
    }
    JSON.writeValue(out, doc);
  }

  /** When the threat was destroyed or landed in the trial, within its flight (s). */
  static double threatEndS(Threat t, TrialRecord trial, int index) {
    ThreatOutcome outcome = trial.outcome().threats().get(index);
    double flightEndS = t.trajectory().endTimeS();
    return outcome.killed()
        ? Math.max(t.launchTimeS(), Math.min(outcome.endTimeS(), flightEndS))
        : flightEndS;
  }

  /** The document packet: a clock from one time to another at about a minute of play. */
  static ObjectNode documentPacket(String name, Instant epoch, double startS, double endS) {
    ObjectNode document = NODES.objectNode();
    document.put("id", "document");
    document.put("name", name);
    document.put("version", "1.0");
    ObjectNode clock = document.putObject("clock");
    clock.put("interval", interval(epoch, startS, endS));
    clock.put("currentTime", Timeline.iso(Timeline.instant(epoch, startS)));
    clock.put("multiplier", Math.max(1, Math.round((endS - startS) / PLAY_DURATION_S)));
    clock.put("range", "CLAMPED");
    clock.put("step", "SYSTEM_CLOCK_MULTIPLIER");
    return document;
  }

  /** A threat flying from its launch to a time (s from the epoch), with its trail and label. */
  static ObjectNode threatPacket(Threat t, double endS, Instant epoch) {
    ObjectNode p = NODES.objectNode();
    p.put("id", "threat/" + t.id());
    p.put("name", t.id() + " (" + t.missile().id() + " from " + t.from().id() + ")");
    p.put("availability", interval(epoch, t.launchTimeS(), endS));
    ArrayNode pieces = p.putArray("position");
    TrajectoryCzml.positionPieces(pieces, t.trajectory(), epoch, endS);
    for (JsonNode piece : pieces) {
      holdLastSample((ObjectNode) piece);
    }
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 7);
    TrajectoryCzml.rgba(point, "color", THREAT_RGBA);
    TrajectoryCzml.rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);
    double durationS = endS - t.launchTimeS();
    path(p, durationS, THREAT_RGBA);
    label(p, t.id());
    return p;
  }

  private static ObjectNode interceptorPacket(
      int n, Shot shot, InterceptorPath flight, Scenario scenario, Instant epoch) {
    double[] timesS = flight.timesS();
    double[][] positions = flight.positionsEcefM();
    double launchS = timesS[0];
    double arrivalS = timesS[timesS.length - 1];
    Battery b = scenario.batteries().get(shot.battery());
    ObjectNode p = NODES.objectNode();
    p.put("id", "interceptor/" + n);
    p.put(
        "name",
        b.type().id() + " from " + b.id() + " at " + scenario.threats().get(shot.threat()).id());
    p.put("availability", interval(epoch, launchS, arrivalS));
    ObjectNode position = p.putObject("position");
    position.put("epoch", Timeline.iso(Timeline.instant(epoch, launchS)));
    position.put("referenceFrame", "FIXED");
    position.put("interpolationAlgorithm", "LAGRANGE");
    position.put("interpolationDegree", Math.min(INTERCEPTOR_DEGREE, timesS.length - 1));
    holdLastSample(position);
    ArrayNode cartesian = position.putArray("cartesian");
    for (int k = 0; k < timesS.length; k++) {
      cartesian.add(timesS[k] - launchS);
      cartesian.add(positions[k][0]).add(positions[k][1]).add(positions[k][2]);
    }
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 5);
    TrajectoryCzml.rgba(point, "color", INTERCEPTOR_RGBA);
    path(p, arrivalS - launchS, INTERCEPTOR_RGBA);
    return p;
  }

  private static ObjectNode interceptPacket(
      int n, Shot shot, Scenario scenario, Instant epoch, double endS) {
    Opportunity o = shot.opportunity();
    ObjectNode p = NODES.objectNode();
    p.put("id", "intercept/" + n);
    p.put(
        "name",
        (shot.kill() ? "Kill: " : "Miss: ")
            + scenario.threats().get(shot.threat()).id()
            + " by "
            + scenario.batteries().get(shot.battery()).id());
    p.put("availability", interval(epoch, o.interceptS(), Math.max(o.interceptS(), endS)));
    p.put(
        "description",
        String.format(
            Locale.ROOT,
            "<p>%s at %.1f s (%s)<br>altitude %.1f km, ground range %.1f km from the battery<br>"
                + "closing speed %.2f km/s, predicted kill probability %.2f</p>",
            shot.kill() ? "Kill" : "Miss",
            o.interceptS(),
            Timeline.isoMilliseconds(Timeline.instant(epoch, o.interceptS())),
            o.interceptAltitudeM() / M_PER_KM,
            o.groundRangeM() / M_PER_KM,
            o.closingSpeedMps() / M_PER_KM,
            shot.killProbability()));
    fixedPosition(p, o.interceptPointEcef());
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 10);
    TrajectoryCzml.rgba(point, "color", shot.kill() ? KILL_RGBA : MISS_RGBA);
    TrajectoryCzml.rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);
    return p;
  }

  /**
   * Lets Cesium hold a sampled position for a moment after its last sample. The last sample's time
   * is an epoch written to the nanosecond plus an offset in seconds, and can land a fraction of a
   * nanosecond before the end of the availability (or of the piece), also written to the
   * nanosecond; there Cesium would otherwise have no position and draw nothing, at the very instant
   * of the intercept or impact.
   */
  private static void holdLastSample(ObjectNode position) {
    position.put("forwardExtrapolationType", "HOLD");
    position.put("forwardExtrapolationDuration", HOLD_S);
  }

  private static void fixedPosition(ObjectNode p, Vector3D ecefM) {
    ObjectNode position = p.putObject("position");
    position.put("referenceFrame", "FIXED");
    position.putArray("cartesian").add(ecefM.getX()).add(ecefM.getY()).add(ecefM.getZ());
  }

  private static void path(ObjectNode p, double durationS, int[] rgba) {
    ObjectNode path = p.putObject("path");
    path.put("leadTime", 0);
    path.put("trailTime", durationS);
    path.put("width", 2);
    path.put("resolution", Math.max(1, Math.round(durationS / PATH_POINTS)));
    TrajectoryCzml.rgba(path.putObject("material").putObject("solidColor"), "color", rgba);
  }

  static void label(ObjectNode p, String text) {
    ObjectNode label = p.putObject("label");
    label.put("text", text);
    label.put("font", "12pt sans-serif");
    label.put("style", "FILL_AND_OUTLINE");
    label.put("outlineWidth", 2);
    label.put("horizontalOrigin", "LEFT");
    label.putObject("pixelOffset").putArray("cartesian2").add(10).add(0);
    TrajectoryCzml.rgba(label, "fillColor", WHITE_RGBA);
  }

  /** An ISO-8601 interval between two times (s from the epoch). */
  static String interval(Instant epoch, double fromS, double toS) {
    return Timeline.iso(Timeline.instant(epoch, fromS))
        + "/"
        + Timeline.iso(Timeline.instant(epoch, toS));
  }
}
