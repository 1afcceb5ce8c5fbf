package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/**
 * Writes a trajectory as a CZML document that CesiumJS plays on a globe: the missile moving from
 * launch to impact with its trail, and a marker at each flight event.
 *
 * <p>The document's clock runs from launch to impact at about a minute of play for the whole
 * flight, and stops at impact. The missile's position is sampled at the trajectory's own samples
 * (seconds from the launch, metres in the Earth-fixed frame, {@code referenceFrame: FIXED}) and
 * interpolated by Cesium with Lagrange polynomials of degree 5 (fewer where a piece has fewer
 * samples). Where the acceleration jumps (end of the vertical rise and pitch-over, staging, cutoff)
 * the ephemeris holds two samples at one time; a polynomial through positions alone cannot follow
 * such a jump (it would swing tens of metres off the path), so the position is written as one
 * interval per smooth piece, each interpolated on its own. Each event is a fixed point with id
 * {@code <id>/<event>} (e.g. {@code srbm-1/stage-1-burnout}) shown from its time on.
 *
 * <p>Reference: the CZML guide and packet reference of the Cesium project,
 * https://github.com/AnalyticalGraphicsInc/czml-writer/wiki/CZML-Guide.
 */
public final class TrajectoryCzml {

  /** How long the whole flight takes to play at the document's clock multiplier (s). */
  private static final double PLAY_DURATION_S = 60;

  /** Samples of the trail per flight, so that long flights draw a smooth path. */
  private static final double PATH_POINTS = 1000;

  private static final int INTERPOLATION_DEGREE = 5;
  private static final int[] MISSILE_RGBA = {255, 90, 40, 255};
  private static final int[] EVENT_RGBA = {255, 220, 60, 255};
  private static final int[] WHITE_RGBA = {255, 255, 255, 255};
  private static final double M_PER_KM = 1000;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TrajectoryCzml() {}

  /**
   * Writes the document.
   *
   * @param id the missile's packet id, e.g. {@code srbm-1}; events get {@code <id>/<event>}
   * @param label the name shown beside the missile
   * @param trajectory the flight
   * @param epoch the scenario epoch that the trajectory's times count from
   * @param out where to write; left open
   */
  public static void write(
      String id, String label, Trajectory trajectory, Instant epoch, Writer out)
      throws IOException {
    Instant launch = Timeline.instant(epoch, trajectory.startTimeS());
    Instant impact = Timeline.instant(epoch, trajectory.endTimeS());
    String flight = Timeline.iso(launch) + "/" + Timeline.iso(impact);

    ArrayNode doc = NODES.arrayNode();
    doc.add(documentPacket(label, launch, flight, trajectory.durationS()));
    doc.add(missilePacket(id, label, trajectory, epoch, flight));
    Set<String> ids = new HashSet<>();
    for (FlightEvent e : trajectory.events()) {
      String eventId = id + "/" + slug(e);
      String unique = eventId;
      for (int n = 2; !ids.add(unique); n++) {
        unique = eventId + "-" + n;
      }
      doc.add(eventPacket(unique, label, e, epoch, trajectory, impact));
    }
    JSON.writeValue(out, doc);
  }

  private static ObjectNode documentPacket(
      String label, Instant launch, String flight, double durationS) {
    ObjectNode p = NODES.objectNode();
    p.put("id", "document");
    p.put("name", label);
    p.put("version", "1.0");
    ObjectNode clock = p.putObject("clock");
    clock.put("interval", flight);
    clock.put("currentTime", Timeline.iso(launch));
    clock.put("multiplier", Math.max(1, Math.round(durationS / PLAY_DURATION_S)));
    clock.put("range", "CLAMPED");
    clock.put("step", "SYSTEM_CLOCK_MULTIPLIER");
    return p;
  }

  private static ObjectNode missilePacket(
      String id, String label, Trajectory trajectory, Instant epoch, String flight) {
    ObjectNode p = NODES.objectNode();
    p.put("id", id);
    p.put("name", label);
    p.put("availability", flight);

    positionPieces(p.putArray("position"), trajectory, epoch, trajectory.endTimeS());

    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 8);
    rgba(point, "color", MISSILE_RGBA);
    rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);

    ObjectNode path = p.putObject("path");
    path.put("leadTime", 0);
    path.put("trailTime", trajectory.durationS());
    path.put("width", 2);
    path.put("resolution", Math.max(1, Math.round(trajectory.durationS() / PATH_POINTS)));
    rgba(path.putObject("material").putObject("solidColor"), "color", MISSILE_RGBA);

    ObjectNode text = p.putObject("label");
    text.put("text", label);
    text.put("font", "13pt sans-serif");
    text.put("style", "FILL_AND_OUTLINE");
    text.put("outlineWidth", 2);
    text.put("horizontalOrigin", "LEFT");
    text.putObject("pixelOffset").putArray("cartesian2").add(12).add(0);
    rgba(text, "fillColor", WHITE_RGBA);
    return p;
  }

  /**
   * Adds a trajectory's positions from its start to a time as CZML position intervals, one per
   * smooth piece (see the class comment), each time-tagged from the launch and interpolated with
   * Lagrange polynomials of degree 5 or fewer. A time between two samples ends the last piece with
   * the state there.
   *
   * @param position the packet's {@code position} array
   * @param trajectory the flight
   * @param epoch the scenario epoch
   * @param untilS the last time to write (s from the epoch), within the trajectory
   */
  static void positionPieces(
      ArrayNode position, Trajectory trajectory, Instant epoch, double untilS) {
    List<double[]> piece = new ArrayList<>();
    double[] pv = new double[6];
    for (int i = 0; i < trajectory.sampleCount() && trajectory.sampleTimeS(i) <= untilS; i++) {
      double timeS = trajectory.sampleTimeS(i);
      if (!piece.isEmpty() && piece.get(piece.size() - 1)[0] == timeS) {
        if (timeS == untilS) {
          break;
        }
        addPiece(position, piece, trajectory.startTimeS(), epoch);
        piece = new ArrayList<>();
      }
      trajectory.sampleStateEcef(i, pv);
      piece.add(new double[] {timeS, pv[0], pv[1], pv[2]});
    }
    if (piece.get(piece.size() - 1)[0] < untilS) {
      trajectory.stateEcef(untilS, pv);
      piece.add(new double[] {untilS, pv[0], pv[1], pv[2]});
    }
    addPiece(position, piece, trajectory.startTimeS(), epoch);
  }

  /** One position interval from samples {time (s from the epoch), x, y, z (m, ECEF)}. */
  private static void addPiece(
      ArrayNode position, List<double[]> samples, double launchS, Instant epoch) {
    ObjectNode piece = position.addObject();
    double firstS = samples.get(0)[0];
    double lastS = samples.get(samples.size() - 1)[0];
    // Widened by a nanosecond each way so that rounding to whole nanoseconds never leaves a
    // sample outside its piece; neighbours overlap where both give the same position.
    piece.put(
        "interval",
        Timeline.iso(Timeline.instant(epoch, firstS).minusNanos(1))
            + "/"
            + Timeline.iso(Timeline.instant(epoch, lastS).plusNanos(1)));
    piece.put("epoch", Timeline.iso(Timeline.instant(epoch, launchS)));
    piece.put("referenceFrame", "FIXED");
    piece.put("interpolationAlgorithm", "LAGRANGE");
    piece.put("interpolationDegree", Math.min(INTERPOLATION_DEGREE, samples.size() - 1));
    ArrayNode cartesian = piece.putArray("cartesian");
    for (double[] s : samples) {
      cartesian.add(s[0] - launchS).add(s[1]).add(s[2]).add(s[3]);
    }
  }

  private static ObjectNode eventPacket(
      String eventId,
      String label,
      FlightEvent e,
      Instant epoch,
      Trajectory trajectory,
      Instant impact) {
    Instant at = Timeline.instant(epoch, Math.min(e.timeS(), trajectory.endTimeS()));
    Geodetic g = Wgs84.toGeodetic(e.positionEcef());
    ObjectNode p = NODES.objectNode();
    p.put("id", eventId);
    p.put("name", label + ": " + title(e));
    p.put("availability", Timeline.iso(at) + "/" + Timeline.iso(impact));
    p.put(
        "description",
        String.format(
            Locale.ROOT,
            "<p>%s at T+%.1f s (%s)<br>altitude %.1f km, speed %.2f km/s<br>"
                + "latitude %.4f°, longitude %.4f°</p>",
            title(e),
            e.timeS() - trajectory.startTimeS(),
            Timeline.isoMilliseconds(at),
            g.heightM() / M_PER_KM,
            e.velocityEcef().getNorm() / M_PER_KM,
            g.latitudeDeg(),
            g.longitudeDeg()));
    ObjectNode position = p.putObject("position");
    position.put("referenceFrame", "FIXED");
    position
        .putArray("cartesian")
        .add(e.positionEcef().getX())
        .add(e.positionEcef().getY())
        .add(e.positionEcef().getZ());
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 6);
    rgba(point, "color", EVENT_RGBA);
    rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);
    return p;
  }

  static void rgba(ObjectNode owner, String key, int[] rgba) {
    ArrayNode a = owner.putObject(key).putArray("rgba");
    for (int c : rgba) {
      a.add(c);
    }
  }

  /** The event's part of a packet id, e.g. {@code stage-1-burnout} or {@code apogee}. */
  private static String slug(FlightEvent e) {
    return e.kind() == FlightEvent.Kind.STAGE_BURNOUT
        ? "stage-" + (e.stage() + 1) + "-burnout"
        : e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String title(FlightEvent e) {
    return switch (e.kind()) {
      case LAUNCH -> "Launch";
      case STAGE_BURNOUT -> "Stage " + (e.stage() + 1) + " burnout";
      case THRUST_CUTOFF -> "Thrust cutoff";
      case BURNOUT -> "Burnout";
      case APOGEE -> "Apogee";
      case REENTRY -> "Reentry (100 km)";
      case IMPACT -> "Impact";
    };
  }
}
