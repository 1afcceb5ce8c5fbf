package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.engage.InterceptorPath;
import shield.engage.Opportunity;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sense.Face;
import shield.sense.Radar;
import shield.sim.Shot;
import shield.sim.TrialRecord;

/**
 * Writes one trial of a run as a KML 2.2 document for Google Earth: the sites as styled placemarks,
 * each radar face's nominal coverage as a fan outlined on the ground, every threat and interceptor
 * as a time-stamped track ({@code gx:Track}, heights above the ellipsoid, {@code altitudeMode
 * absolute}) until its end in the trial, and every intercept as a placemark with its time ({@code
 * TimeStamp}), green for a kill and grey for a miss.
 *
 * <p>Google Earth's time slider then plays the trial. Folders: Sites, Radar coverage, Threats,
 * Interceptors, Intercepts. Placemark ids follow the CZML's ({@code threat/<id>}, {@code
 * interceptor/<n>}, {@code intercept/<n>}, {@code radar/<id>}, ...), with {@code _} for every
 * character an XML id cannot hold ({@code /}, a comma). Times are ISO-8601 UTC to the millisecond.
 *
 * <p>Reference: OGC KML 2.2 (OGC 07-147r2) and Google's KML reference for the {@code gx}
 * extensions, https://developers.google.com/kml/documentation/kmlreference.
 */
public final class RunKml {

  /** The KML 2.2 namespace. */
  public static final String KML_NAMESPACE = "http://www.opengis.net/kml/2.2";

  /** Google's extension namespace, for {@code gx:Track}. */
  public static final String GX_NAMESPACE = "http://www.google.com/kml/ext/2.2";

  /** Points of each threat's track, at most; enough for a smooth arc at Google Earth's scales. */
  private static final int THREAT_POINTS = 300;

  /** Vertices of the arc of a coverage fan per radian of azimuth. */
  private static final double FAN_POINTS_PER_RAD = 20;

  private static final double M_PER_KM = 1000;

  /** Styles by id: KML colours are aabbggrr. */
  private static final Map<String, String> ICON_COLOURS =
      Map.of(
          "radar", "ff28c8ff",
          "battery", "ffffaa50",
          "launch_area", "ff285aff",
          "asset", "ff5adc3c",
          "network_node", "ffff78c8",
          "kill", "ff5adc3c",
          "miss", "ffaaaaaa");

  private RunKml() {}

  /**
   * Writes a trial.
   *
   * @param scenario the scenario the trial ran
   * @param trial the trial, with its shots
   * @param flights each shot's interceptor flight, e.g. {@link RunCzml#interceptorFlights}
   * @param out where to write; left open
   */
  public static void write(
      Scenario scenario, TrialRecord trial, Function<Shot, InterceptorPath> flights, Writer out)
      throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      new RunKml.Document(x, scenario.epoch()).write(scenario, trial, flights);
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write KML: " + e.getMessage(), e);
    }
  }

  /**
   * A face's fan on the ground, as a ring without its closing vertex: from the point beneath the
   * site out to the instrumented range along the edges of the sector, and the arc between them; a
   * face that sees all round gives the whole circle, without the site.
   */
  static List<Geodetic> fanOutline(Radar r, Face f) {
    double rangeM = r.type().instrumentedRangeM();
    boolean allRound = f.halfWidthRad() >= Math.PI;
    int arc = Math.max(2, (int) Math.ceil(2 * f.halfWidthRad() * FAN_POINTS_PER_RAD));
    List<Geodetic> ring = new ArrayList<>();
    Geodetic ground =
        Geodetic.ofDegrees(r.position().latitudeDeg(), r.position().longitudeDeg(), 0);
    if (!allRound) {
      ring.add(ground);
    }
    for (int k = 0; k < (allRound ? arc : arc + 1); k++) {
      double az = f.boresightAzimuthRad() - f.halfWidthRad() + 2 * f.halfWidthRad() * k / arc;
      ring.add(Geodesy.direct(ground, az, rangeM));
    }
    return ring;
  }

  /** One document being written: the stream and the epoch its times count from. */
  private record Document(XMLStreamWriter x, Instant epoch) {

    void write(Scenario scenario, TrialRecord trial, Function<Shot, InterceptorPath> flights)
        throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setDefaultNamespace(KML_NAMESPACE);
      x.setPrefix("gx", GX_NAMESPACE);
      x.writeStartElement(KML_NAMESPACE, "kml");
      x.writeDefaultNamespace(KML_NAMESPACE);
      x.writeNamespace("gx", GX_NAMESPACE);
      start("Document");
      text("name", scenario.name() + ": trial " + trial.outcome().trial());
      text("open", "1");
      if (!scenario.description().isEmpty()) {
        text("description", scenario.description());
      }
      styles();

      start("Folder");
      text("name", "Sites");
      sites(scenario);
      end();

      start("Folder");
      text("name", "Radar coverage");
      text("description", "Nominal: each face's sector out to the instrumented range.");
      for (Radar r : scenario.radars()) {
        for (int n = 0; n < r.faces().size(); n++) {
          fan(r, n);
        }
      }
      end();

      start("Folder");
      text("name", "Threats");
      for (int i = 0; i < scenario.threats().size(); i++) {
        Threat t = scenario.threats().get(i);
        threat(t, RunCzml.threatEndS(t, trial, i));
      }
      end();

      List<Shot> shots = new ArrayList<>(trial.shots());
      shots.sort(Comparator.comparingDouble(shot -> shot.opportunity().launchS()));
      start("Folder");
      text("name", "Interceptors");
      for (int n = 0; n < shots.size(); n++) {
        interceptor(n + 1, shots.get(n), flights.apply(shots.get(n)), scenario);
      }
      end();

      start("Folder");
      text("name", "Intercepts");
      List<Integer> byTime = new ArrayList<>();
      for (int n = 0; n < shots.size(); n++) {
        byTime.add(n);
      }
      byTime.sort(Comparator.comparingDouble(n -> shots.get(n).opportunity().interceptS()));
      for (int n : byTime) {
        intercept(n + 1, shots.get(n), scenario);
      }
      end();

      end();
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
    }

    private void styles() throws XMLStreamException {
      for (Map.Entry<String, String> e : new TreeMap<>(ICON_COLOURS).entrySet()) {
        x.writeStartElement(KML_NAMESPACE, "Style");
        x.writeAttribute("id", e.getKey());
        start("IconStyle");
        text("color", e.getValue());
        end();
        start("LabelStyle");
        text("scale", "0.8");
        end();
        end();
      }
      lineStyle("threat", "ff285aff", null);
      lineStyle("interceptor", "ffffaa50", null);
      lineStyle("coverage", "ff28c8ff", "3328c8ff");
    }

    private void lineStyle(String id, String colour, String fill) throws XMLStreamException {
      x.writeStartElement(KML_NAMESPACE, "Style");
      x.writeAttribute("id", id);
      start("LineStyle");
      text("color", colour);
      text("width", "2");
      end();
      if (fill != null) {
        start("PolyStyle");
        text("color", fill);
        end();
      }
      end();
    }

    private void sites(Scenario scenario) throws XMLStreamException {
      for (Site site : Site.of(scenario)) {
        placemark(site.id(), site.label(), site.kind(), String.join("; ", site.description()));
        start("Point");
        text("coordinates", coordinates(site.position()));
        end();
        end();
      }
    }

    /** A face's fan outlined on the ground ({@link #fanOutline}). */
    private void fan(Radar r, int n) throws XMLStreamException {
      Face f = r.faces().get(n);
      double rangeM = r.type().instrumentedRangeM();
      List<Geodetic> ring = fanOutline(r, f);
      ring.add(ring.get(0));
      placemark(
          "radar/" + r.id() + "/face-" + (n + 1),
          r.id() + " face " + (n + 1),
          "coverage",
          String.format(
              Locale.ROOT,
              "boresight %.1f°, ±%.1f°, elevation %.1f° to %.1f°, out to %.0f km (nominal)",
              Math.toDegrees(f.boresightAzimuthRad()),
              Math.toDegrees(f.halfWidthRad()),
              Math.toDegrees(f.minElevationRad()),
              Math.toDegrees(f.maxElevationRad()),
              rangeM / M_PER_KM));
      start("LineString");
      text("tessellate", "1");
      text("altitudeMode", "clampToGround");
      StringBuilder c = new StringBuilder();
      for (Geodetic g : ring) {
        c.append(coordinates(g)).append(' ');
      }
      text("coordinates", c.toString().trim());
      end();
      end();
    }

    private void threat(Threat t, double endS) throws XMLStreamException {
      placemark(
          "threat/" + t.id(),
          t.id(),
          "threat",
          t.missile().id() + " from " + t.from().name() + " at " + t.to().name());
      double startS = t.launchTimeS();
      double stepS = Math.max(1, (endS - startS) / THREAT_POINTS);
      List<Double> times = new ArrayList<>();
      for (double s = startS; s < endS; s += stepS) {
        times.add(s);
      }
      times.add(endS);
      double[] pv = new double[6];
      double[] timesS = new double[times.size()];
      double[][] positions = new double[times.size()][];
      for (int k = 0; k < timesS.length; k++) {
        timesS[k] = times.get(k);
        t.trajectory().stateEcef(timesS[k], pv);
        positions[k] = new double[] {pv[0], pv[1], pv[2]};
      }
      track(timesS, positions);
      end();
    }

    private void interceptor(int n, Shot shot, InterceptorPath flight, Scenario scenario)
        throws XMLStreamException {
      Battery b = scenario.batteries().get(shot.battery());
      placemark(
          "interceptor/" + n,
          b.type().id() + " from " + b.id(),
          "interceptor",
          "at " + scenario.threats().get(shot.threat()).id());
      track(flight.timesS(), flight.positionsEcefM());
      end();
    }

    private void intercept(int n, Shot shot, Scenario scenario) throws XMLStreamException {
      Opportunity o = shot.opportunity();
      placemark(
          "intercept/" + n,
          (shot.kill() ? "Kill: " : "Miss: ") + scenario.threats().get(shot.threat()).id(),
          shot.kill() ? "kill" : "miss",
          String.format(
              Locale.ROOT,
              "by %s at %.1f s, altitude %.1f km, closing speed %.2f km/s, predicted kill"
                  + " probability %.2f",
              scenario.batteries().get(shot.battery()).id(),
              o.interceptS(),
              o.interceptAltitudeM() / M_PER_KM,
              o.closingSpeedMps() / M_PER_KM,
              shot.killProbability()),
          when(o.interceptS()));
      start("Point");
      text("altitudeMode", "absolute");
      text("coordinates", coordinates(Wgs84.toGeodetic(o.interceptPointEcef())));
      end();
      end();
    }

    /**
     * A {@code gx:Track} through samples (s from the epoch; m, ECEF), dropping a sample that would
     * repeat the previous one's written millisecond.
     */
    private void track(double[] timesS, double[][] positionsEcefM) throws XMLStreamException {
      x.writeStartElement(GX_NAMESPACE, "Track");
      text("altitudeMode", "absolute");
      List<String> coords = new ArrayList<>();
      String previous = "";
      for (int k = 0; k < timesS.length; k++) {
        String when = when(timesS[k]);
        if (when.equals(previous)) {
          continue;
        }
        previous = when;
        text("when", when);
        double[] p = positionsEcefM[k];
        Geodetic g = Wgs84.toGeodetic(new Vector3D(p[0], p[1], p[2]));
        coords.add(
            String.format(
                Locale.ROOT, "%.6f %.6f %.1f", g.longitudeDeg(), g.latitudeDeg(), g.heightM()));
      }
      for (String c : coords) {
        x.writeStartElement(GX_NAMESPACE, "coord");
        x.writeCharacters(c);
        x.writeEndElement();
      }
      end();
    }

    private void placemark(String id, String name, String style, String description)
        throws XMLStreamException {
      placemark(id, name, style, description, null);
    }

    /**
     * Opens a placemark with its name, description, time stamp (if any) and style, in the order the
     * KML schema gives them.
     */
    private void placemark(String id, String name, String style, String description, String when)
        throws XMLStreamException {
      start("Placemark");
      x.writeAttribute("id", id.replaceAll("[^A-Za-z0-9._-]", "_"));
      text("name", name);
      text("description", description);
      if (when != null) {
        start("TimeStamp");
        text("when", when);
        end();
      }
      text("styleUrl", "#" + style);
    }

    private String when(double timeS) {
      return Timeline.isoMilliseconds(Timeline.instant(epoch, timeS));
    }

    private static String coordinates(Geodetic g) {
      return String.format(
          Locale.ROOT, "%.6f,%.6f,%.1f", g.longitudeDeg(), g.latitudeDeg(), g.heightM());
    }

    private void start(String element) throws XMLStreamException {
      x.writeCharacters("\n");
      x.writeStartElement(KML_NAMESPACE, element);
    }

    private void end() throws XMLStreamException {
      x.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
      x.writeStartElement(KML_NAMESPACE, element);
      x.writeCharacters(value);
      x.writeEndElement();
    }
  }
}
