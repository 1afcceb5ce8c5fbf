package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunResult;
import shield.sim.RunSettings;

/**
 * {@code trial0.kml} of a small defended run (two missiles at Bucharest, one Aegis ship), read with
 * the JDK's namespace-aware DOM parser: well-formed, in the KML 2.2 namespace, coordinates as
 * longitude, latitude, height within their ranges, ISO-8601 times increasing along every track and
 * intercepts in time order, one placemark per site, threat, interceptor and intercept.
 */
class RunKmlTest {

  private static final String KML = RunKml.KML_NAMESPACE;
  private static final String GX = RunKml.GX_NAMESPACE;

  private static Scenario scenario;
  private static RunResult result;
  private static Document kml;

  @BeforeAll
  static void write() throws Exception {
    try (InputStream in = RunKmlTest.class.getResourceAsStream("/shield/sim/defence.yaml")) {
      scenario = ScenarioLoader.load(in, "defence.yaml", Catalog.builtIn());
    }
    result =
        new MonteCarlo(scenario, new RunSettings(2, 7, 1, 1, "greedy"))
            .run(new RunListener() {}, () -> false);
    StringWriter out = new StringWriter();
    write(result, out);
    kml = parse(out.toString());
  }

  private static void write(RunResult run, StringWriter out) throws IOException {
    RunKml.write(run.plan().scenario(), run.firstTrial(), RunCzml.interceptorFlights(run), out);
  }

  private static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element in, String namespace, String name) {
    NodeList nodes = in.getElementsByTagNameNS(namespace, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element placemark(String id) {
    for (Element p : elements(kml.getDocumentElement(), KML, "Placemark")) {
      if (p.getAttribute("id").equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no placemark " + id);
  }

  @Test
  void theDocumentIsKml22() {
    Element root = kml.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.opengis.net/kml/2.2");
    assertThat(root.getLocalName()).isEqualTo("kml");
    assertThat(elements(root, KML, "Document")).hasSize(1);
  }

  @Test
  void thereIsOnePlacemarkPerSiteThreatInterceptorAndIntercept() {
    List<String> ids = new ArrayList<>();
    elements(kml.getDocumentElement(), KML, "Placemark")
        .forEach(p -> ids.add(p.getAttribute("id")));
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).as("ids are unique").hasSameSizeAs(ids);
    int shots = result.firstTrial().shots().size();
    assertThat(shots).as("trial 0 fires, so that the test can fail").isPositive();
    assertThat(ids)
        .contains(
            "radar_kurecik-tpy2",
            "radar_kurecik-tpy2_face-1",
            "battery_black-sea-sm3",
            "launch-area_tabriz",
            "asset_bucharest",
            "network_nato",
            "threat_raid-1",
            "threat_raid-2");
    assertThat(ids.stream().filter(id -> id.startsWith("interceptor_"))).hasSize(shots);
    assertThat(ids.stream().filter(id -> id.startsWith("intercept_"))).hasSize(shots);
  }

  @Test
  void everyCoordinateIsLongitudeLatitudeHeightInRange() {
    int tuples = 0;
    for (Element c : elements(kml.getDocumentElement(), KML, "coordinates")) {
      for (String tuple : c.getTextContent().trim().split("\\s+")) {
        assertLonLatHeight(tuple.split(","), tuple);
        tuples++;
      }
    }
    for (Element c : elements(kml.getDocumentElement(), GX, "coord")) {
      assertLonLatHeight(c.getTextContent().trim().split(" "), c.getTextContent());
      tuples++;
    }
    assertThat(tuples).isGreaterThan(100);
  }

  /** Longitude in [-180, 180]°, latitude in [-90, 90]°, height above WGS84 within ±2,000 km. */
  private static void assertLonLatHeight(String[] v, String text) {
    assertThat(v).as(text).hasSize(3);
    assertThat(Double.parseDouble(v[0])).as(text).isBetween(-180.0, 180.0);
    assertThat(Double.parseDouble(v[1])).as(text).isBetween(-90.0, 90.0);
    assertThat(Double.parseDouble(v[2])).as(text).isBetween(-1.0, 2.0e6);
  }

  @Test
  void tracksHaveIncreasingTimesAndOneCoordinateEach() {
    List<Element> tracks = elements(kml.getDocumentElement(), GX, "Track");
    assertThat(tracks).hasSize(2 + result.firstTrial().shots().size());
    for (Element track : tracks) {
      List<Element> when = elements(track, KML, "when");
      assertThat(elements(track, GX, "coord")).hasSameSizeAs(when);
      assertThat(elements(track, KML, "altitudeMode").get(0).getTextContent())
          .isEqualTo("absolute");
      Instant previous = Instant.MIN;
      for (Element w : when) {
        Instant t = Instant.parse(w.getTextContent());
        assertThat(t).isAfter(previous);
        previous = t;
      }
    }
  }

  @Test
  void aThreatsTrackStartsAtItsLaunchFromItsLaunchArea() {
    Threat raid = scenario.threats().get(0);
    Element track = elements(placemark("threat_raid-1"), GX, "Track").get(0);
    Instant first = Instant.parse(elements(track, KML, "when").get(0).getTextContent());
    assertThat(first).isEqualTo(scenario.epoch().plusMillis(Math.round(raid.launchTimeS() * 1e3)));
    String[] c = elements(track, GX, "coord").get(0).getTextContent().split(" ");
    // Written to 1e-6°; the launch is at the launch area's catalog place.
    assertThat(Double.parseDouble(c[0]))
        .isCloseTo(raid.from().position().longitudeDeg(), within(1e-6));
    assertThat(Double.parseDouble(c[1]))
        .isCloseTo(raid.from().position().latitudeDeg(), within(1e-6));
  }

  @Test
  void interceptsAreStampedInTimeOrder() {
    Instant previous = Instant.MIN;
    int n = 0;
    for (Element p : elements(kml.getDocumentElement(), KML, "Placemark")) {
      if (p.getAttribute("id").startsWith("intercept_")) {
        Instant t =
            Instant.parse(
                elements(elements(p, KML, "TimeStamp").get(0), KML, "when")
                    .get(0)
                    .getTextContent());
        assertThat(t).isAfterOrEqualTo(previous);
        previous = t;
        n++;
      }
    }
    assertThat(n).isPositive();
  }

  @Test
  void writingTwiceGivesTheSameDocument() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    write(result, a);
    write(result, b);
    assertThat(a.toString()).isEqualTo(b.toString()).startsWith("<?xml");
  }
}
