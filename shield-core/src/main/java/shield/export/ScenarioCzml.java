package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Topocentric;
import shield.earth.Wgs84;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Face;
import shield.sense.Radar;
import shield.sim.NetworkWarning;
import shield.sim.SenseReport;
import shield.sim.SensorSighting;
import shield.sim.ThreatSensing;

/**
 * Writes a scenario's places and radar coverage as CZML packets, and a sensing timeline as a whole
 * CZML document: every threat's full flight, a marker where each was first seen, every site and
 * every radar face's coverage volume.
 *
 * <p>Packet ids: {@code radar/<id>}, {@code radar/<id>/face-<n>} (faces counted from 1 in the
 * radar's order), {@code battery/<id>}, {@code launch-area/<place>}, {@code asset/<id>}, {@code
 * network/<id>} (for a network whose node has a place), {@code threat/<id>} and {@code
 * detection/<threat>}.
 *
 * <p><b>Coverage.</b> A face covers the directions within its azimuth sector and elevation span up
 * to the radar's instrumented range. Its volume is a CZML {@code ellipsoid} of equal radii, the
 * instrumented range, cut by clock and cone angles, with its axes the site's East-North-Up frame
 * written as the entity's {@code orientation}. Cesium measures the clock in the x–y plane from +x
 * toward +y and the cone from +z ({@code EllipsoidGeometry}), so in that frame a compass azimuth a
 * is the clock π/2 − a and an elevation e the cone π/2 − e. The volume is nominal: the Earth's
 * bulge and refraction hide its lowest, farthest part, which the sensing model accounts for and the
 * picture does not.
 *
 * <p>Reference: the CZML packet reference ({@code ellipsoid}, {@code orientation}) of the Cesium
 * project, https://github.com/AnalyticalGraphicsInc/czml-writer/wiki/Packet.
 */
public final class ScenarioCzml {

  /** Colours of the sites' points by kind. */
  private static final Map<String, int[]> SITE_RGBA =
      Map.of(
          "radar", new int[] {255, 200, 40, 255},
          "battery", new int[] {80, 170, 255, 255},
          "launch_area", new int[] {255, 90, 40, 255},
          "asset", new int[] {60, 220, 90, 255},
          "network_node", new int[] {200, 120, 255, 255});

  private static final int[] COVERAGE_FILL_RGBA = {255, 200, 40, 40};
  private static final int[] COVERAGE_OUTLINE_RGBA = {255, 200, 40, 110};
  private static final int[] DETECTION_RGBA = {255, 240, 120, 255};
  private static final int[] WHITE_RGBA = {255, 255, 255, 255};
  private static final double M_PER_KM = 1000;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioCzml() {}

  /**
   * Writes a sensing timeline: the document clock from the first launch to the last impact, every
   * threat's whole flight, the place where some sensor first detected each threat (from that time
   * on, with each network's firm-track time in its description), and the scenario's sites and
   * coverage.
   *
   * @param report the timeline
   * @param out where to write; left open
   */
  public static void write(SenseReport report, Writer out) throws IOException {
    Scenario scenario = report.scenario();
    Instant epoch = scenario.epoch();
    double startS = scenario.threats().stream().mapToDouble(Threat::launchTimeS).min().orElse(0);
    double endS =
        scenario.threats().stream().mapToDouble(t -> t.trajectory().endTimeS()).max().orElse(0);
    ArrayNode doc = NODES.arrayNode();
    doc.add(RunCzml.documentPacket(scenario.name() + ": sensing", epoch, startS, endS));
    addSites(doc, scenario);
    for (Threat t : scenario.threats()) {
      doc.add(RunCzml.threatPacket(t, t.trajectory().endTimeS(), epoch));
    }
    for (ThreatSensing t : report.threats()) {
      SensorSighting first = SenseReportFiles.firstSighting(t);
      if (first != null) {
        doc.add(detectionPacket(t, first, epoch, endS));
      }
    }
    JSON.writeValue(out, doc);
  }

  /**
   * Adds a packet for every site of a scenario ({@link Site#of}), then one per radar face for its
   * coverage.
   */
  static void addSites(ArrayNode doc, Scenario scenario) {
    for (Site site : Site.of(scenario)) {
      doc.add(sitePacket(site));
    }
    for (Radar r : scenario.radars()) {
      for (int n = 0; n < r.faces().size(); n++) {
        doc.add(coveragePacket(r, n));
      }
    }
  }

  /** The coverage volume of face n (from 0) of a radar; see the class comment. */
  static ObjectNode coveragePacket(Radar r, int n) {
    Face f = r.faces().get(n);
    double rangeM = r.type().instrumentedRangeM();
    ObjectNode p = NODES.objectNode();
    p.put("id", "radar/" + r.id() + "/face-" + (n + 1));
    p.put("name", r.id() + " face " + (n + 1) + " coverage");
    p.put(
        "description",
        String.format(
            Locale.ROOT,
            "<p>%s face %d: boresight azimuth %.1f°, ±%.1f°; elevation %.1f° to %.1f°; "
                + "out to %.0f km<br>nominal: the Earth's horizon hides the low, far part</p>",
            r.id(),
            n + 1,
            Math.toDegrees(f.boresightAzimuthRad()),
            Math.toDegrees(f.halfWidthRad()),
            Math.toDegrees(f.minElevationRad()),
            Math.toDegrees(f.maxElevationRad()),
            rangeM / M_PER_KM));
    fixedPosition(p, Wgs84.toEcef(r.position()));
    p.putObject("orientation").set("unitQuaternion", quaternion(eastNorthUp(r.frame())));
    ObjectNode e = p.putObject("ellipsoid");
    e.putObject("radii").putArray("cartesian").add(rangeM).add(rangeM).add(rangeM);
    e.put("minimumClock", Math.PI / 2 - (f.boresightAzimuthRad() + f.halfWidthRad()));
    e.put("maximumClock", Math.PI / 2 - (f.boresightAzimuthRad() - f.halfWidthRad()));
    e.put("minimumCone", Math.PI / 2 - f.maxElevationRad());
    e.put("maximumCone", Math.PI / 2 - f.minElevationRad());
    e.put("fill", true);
    TrajectoryCzml.rgba(
        e.putObject("material").putObject("solidColor"), "color", COVERAGE_FILL_RGBA);
    e.put("outline", true);
    TrajectoryCzml.rgba(e, "outlineColor", COVERAGE_OUTLINE_RGBA);
    e.put("slicePartitions", 32);
    e.put("stackPartitions", 16);
    e.put("subdivisions", 64);
    return p;
  }

  /** The rotation from a site's East-North-Up axes into the Earth-fixed axes: columns E, N, U. */
  static double[][] eastNorthUp(Topocentric frame) {
    Vector3D e = frame.east();
    Vector3D n = frame.north();
    Vector3D u = frame.up();
    return new double[][] {
      {e.getX(), n.getX(), u.getX()},
      {e.getY(), n.getY(), u.getY()},
      {e.getZ(), n.getZ(), u.getZ()}
    };
  }

  /**
   * The unit quaternion [x, y, z, w] of a rotation matrix, in the convention of Cesium's {@code
   * Quaternion.fromRotationMatrix} and {@code Matrix3.fromQuaternion}: the matrix rotates vectors
   * (here, from a site's frame into the fixed frame). Shepperd's method: the largest of the four
   * squared components is taken from the diagonal, where it is well conditioned, and the others
   * from it.
   */
  static ArrayNode quaternion(double[][] m) {
    double trace = m[0][0] + m[1][1] + m[2][2];
    double x;
    double y;
    double z;
    double w;
    if (trace >= m[0][0] && trace >= m[1][1] && trace >= m[2][2]) {
      double s = 2 * Math.sqrt(1 + trace);
      w = s / 4;
      x = (m[2][1] - m[1][2]) / s;
      y = (m[0][2] - m[2][0]) / s;
      z = (m[1][0] - m[0][1]) / s;
    } else if (m[0][0] >= m[1][1] && m[0][0] >= m[2][2]) {
      double s = 2 * Math.sqrt(1 + m[0][0] - m[1][1] - m[2][2]);
      x = s / 4;
      w = (m[2][1] - m[1][2]) / s;
      y = (m[0][1] + m[1][0]) / s;
      z = (m[0][2] + m[2][0]) / s;
    } else if (m[1][1] >= m[2][2]) {
      double s = 2 * Math.sqrt(1 + m[1][1] - m[0][0] - m[2][2]);
      y = s / 4;
      w = (m[0][2] - m[2][0]) / s;
      x = (m[0][1] + m[1][0]) / s;
      z = (m[1][2] + m[2][1]) / s;
    } else {
      double s = 2 * Math.sqrt(1 + m[2][2] - m[0][0] - m[1][1]);
      z = s / 4;
      w = (m[1][0] - m[0][1]) / s;
      x = (m[0][2] + m[2][0]) / s;
      y = (m[1][2] + m[2][1]) / s;
    }
    return NODES.arrayNode().add(x).add(y).add(z).add(w);
  }

  private static ObjectNode detectionPacket(
      ThreatSensing t, SensorSighting first, Instant epoch, double endS) {
    double atS = first.firstDetectionS().getAsDouble();
    Threat threat = t.threat();
    StringBuilder networks = new StringBuilder();
    for (NetworkWarning w : t.networks()) {
      networks.append(
          String.format(
              Locale.ROOT,
              "<br>network %s: firm track %s",
              w.networkId(),
              w.firmTrackS().isPresent()
                  ? String.format(Locale.ROOT, "at %.1f s", w.firmTrackS().getAsDouble())
                  : "never"));
    }
    ObjectNode p = NODES.objectNode();
    p.put("id", "detection/" + threat.id());
    p.put("name", threat.id() + " first seen by " + first.sensorId());
    p.put("availability", RunCzml.interval(epoch, atS, Math.max(atS, endS)));
    p.put(
        "description",
        String.format(
            Locale.ROOT,
            "<p>%s first detected by %s at %.1f s (%s), %.1f km up%s</p>",
            threat.id(),
            first.sensorId(),
            atS,
            Timeline.isoMilliseconds(Timeline.instant(epoch, atS)),
            first.altitudeAtFirstDetectionM().getAsDouble() / M_PER_KM,
            networks));
    fixedPosition(p, threat.trajectory().positionEcef(atS));
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 8);
    TrajectoryCzml.rgba(point, "color", DETECTION_RGBA);
    TrajectoryCzml.rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);
    return p;
  }

  private static ObjectNode sitePacket(Site site) {
    ObjectNode p = NODES.objectNode();
    p.put("id", site.id());
    p.put("name", site.name());
    p.put(
        "description",
        "<p>"
            + String.join("<br>", site.description().stream().map(ScenarioCzml::html).toList())
            + "</p>");
    fixedPosition(p, Wgs84.toEcef(site.position()));
    ObjectNode point = p.putObject("point");
    point.put("pixelSize", 9);
    TrajectoryCzml.rgba(point, "color", SITE_RGBA.get(site.kind()));
    TrajectoryCzml.rgba(point, "outlineColor", WHITE_RGBA);
    point.put("outlineWidth", 1);
    RunCzml.label(p, site.label());
    return p;
  }

  /** Text made safe inside HTML: the description is shown as HTML. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void fixedPosition(ObjectNode p, Vector3D ecefM) {
    ObjectNode position = p.putObject("position");
    position.put("referenceFrame", "FIXED");
    position.putArray("cartesian").add(ecefM.getX()).add(ecefM.getY()).add(ecefM.getZ());
  }
}
