package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shield.command.Doctrine;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.engage.InterceptorPath;
import shield.engage.InterceptorType;
import shield.engage.Layer;
import shield.engage.Opportunity;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Battery;
import shield.scenario.Catalog;
import shield.scenario.FireControl;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.Shot;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;
import shield.sim.TrialRecord;

/**
 * A hand-built trial against the CZML rules that CesiumJS relies on (CZML Guide, Cesium czml-writer
 * wiki): one document packet first, unique packet ids, ordered availability intervals, sample times
 * increasing; and against what the trial says happened: two threats on the {@link CircularArc}, the
 * first destroyed at 255 s by the second of two interceptors, the second landing.
 */
class RunCzmlTest {

  private static final Instant EPOCH = Instant.parse("2011-12-01T06:00:00Z");
  private static final double KILL_S = 255;
  private static final Geodetic SITE = Geodetic.ofDegrees(44.08, 24.35, 100);

  private static JsonNode czml;

  @BeforeAll
  static void write() throws IOException {
    Trajectory arc = CircularArc.trajectory();
    Place site =
        new Place("deveselu", "Deveselu", SITE, "site", "notional", true, "a few kilometres");
    Threat first = threat("raid-1", site, arc);
    Threat second = threat("raid-2", site, arc.shiftedBy(50));
    InterceptorType sm3 =
        new InterceptorType(
            "sm3-iib",
            "SM-3 Block IIB (notional)",
            List.of(new InterceptorType.Stage(30, 4500)),
            500,
            100_000,
            1_500_000,
            2_000_000,
            900,
            0.8,
            5,
            Layer.MIDCOURSE,
            "notional, for a test",
            true);
    Battery battery =
        new Battery(
            "deveselu",
            site,
            sm3,
            24,
            2,
            2,
            "nato",
            FireControl.ENGAGE_ON_REMOTE,
            Optional.empty(),
            Doctrine.defaults());
    Scenario scenario =
        new Scenario(
            "hand-built",
            "",
            EPOCH,
            List.of(first, second),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(battery));
    TrialOutcome outcome =
        new TrialOutcome(
            0,
            0,
            List.of(
                new ThreatOutcome(true, true, 2, true, 0, KILL_S),
                new ThreatOutcome(true, true, 0, false, -1, CircularArc.END_S + 50)),
            new int[] {2},
            new int[] {1});
    TrialRecord trial =
        new TrialRecord(
            outcome, List.of(), List.of(shot(180, 230, false), shot(200, KILL_S, true)));
    StringWriter out = new StringWriter();
    RunCzml.write(scenario, trial, RunCzmlTest::straightFlight, out);
    czml = new ObjectMapper().readTree(out.toString());
  }

  private static Threat threat(String id, Place place, Trajectory trajectory) {
    return new Threat(
        id,
        Catalog.builtIn().missile("mrbm-solid"),
        place,
        place,
        new TrajectoryShape.MinimumEnergy(),
        trajectory);
  }

  private static Shot shot(double launchS, double interceptS, boolean kill) {
    double[] pv = CircularArc.stateEcef(interceptS);
    return new Shot(
        0,
        0,
        new Opportunity(
            launchS, interceptS, new Vector3D(pv[0], pv[1], pv[2]), 100_000, 500_000, 6000),
        0.8,
        kill);
  }

  /** A stand-in flight: a straight line from the site to the intercept point, uniformly timed. */
  private static InterceptorPath straightFlight(Shot shot) {
    Opportunity o = shot.opportunity();
    Vector3D from = Wgs84.toEcef(SITE);
    int n = RunCzml.INTERCEPTOR_SAMPLES;
    double[] timesS = new double[n];
    double[][] positions = new double[n][];
    for (int k = 0; k < n; k++) {
      double f = k / (n - 1.0);
      timesS[k] = o.launchS() + f * o.timeOfFlightS();
      positions[k] = from.add(f, o.interceptPointEcef().subtract(from)).toArray();
    }
    return new InterceptorPath(timesS, positions);
  }

  private static JsonNode packet(String id) {
    for (JsonNode p : czml) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no packet " + id);
  }

  private static String at(double timeS) {
    return EPOCH.plusNanos(Math.round(timeS * 1e9)).toString();
  }

  @Test
  void theClockSpansTheTrial() {
    JsonNode doc = czml.get(0);
    assertThat(doc.get("id").asText()).isEqualTo("document");
    assertThat(doc.get("version").asText()).isEqualTo("1.0");
    assertThat(doc.get("clock").get("interval").asText())
        .isEqualTo(at(CircularArc.START_S) + "/" + at(CircularArc.END_S + 50));
    assertThat(doc.get("clock").get("currentTime").asText()).isEqualTo(at(CircularArc.START_S));
  }

  @Test
  void packetIdsAreUniqueAndNameWhatTheyShow() {
    List<String> ids = new ArrayList<>();
    czml.forEach(p -> ids.add(p.get("id").asText()));
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids)
        .containsExactly(
            "document",
            "battery/deveselu",
            "launch-area/deveselu",
            "threat/raid-1",
            "threat/raid-2",
            "interceptor/1",
            "intercept/1",
            "interceptor/2",
            "intercept/2");
  }

  @Test
  void everyAvailabilityIsOrderedAndInsideTheClock() {
    String[] clock = czml.get(0).get("clock").get("interval").asText().split("/");
    int intervals = 0;
    for (JsonNode p : czml) {
      if (p.has("availability")) {
        String[] ends = p.get("availability").asText().split("/");
        assertThat(Instant.parse(ends[0]))
            .as(p.get("id").asText())
            .isBefore(Instant.parse(ends[1]));
        assertThat(Instant.parse(ends[0])).isAfterOrEqualTo(Instant.parse(clock[0]));
        assertThat(Instant.parse(ends[1])).isBeforeOrEqualTo(Instant.parse(clock[1]));
        intervals++;
      }
    }
    assertThat(intervals).isEqualTo(2 + 2 * 2);
  }

  @Test
  void positionsAreTimeOrderedInEveryPacket() {
    int moving = 0;
    for (JsonNode p : czml) {
      JsonNode position = p.path("position");
      List<JsonNode> pieces = new ArrayList<>();
      if (position.isArray()) {
        position.forEach(pieces::add);
      } else if (position.has("epoch")) {
        pieces.add(position);
      }
      double previousS = Double.NEGATIVE_INFINITY;
      for (JsonNode piece : pieces) {
        double epochS =
            (Instant.parse(piece.get("epoch").asText()).toEpochMilli() - EPOCH.toEpochMilli())
                / 1e3;
        JsonNode c = piece.get("cartesian");
        assertThat(c.size() % 4).isZero();
        assertThat(epochS + c.get(0).asDouble()).isGreaterThanOrEqualTo(previousS);
        for (int i = 4; i < c.size(); i += 4) {
          assertThat(c.get(i).asDouble()).isGreaterThan(c.get(i - 4).asDouble());
        }
        previousS = epochS + c.get(c.size() - 4).asDouble();
      }
      moving += pieces.isEmpty() ? 0 : 1;
    }
    assertThat(moving).isEqualTo(4);
  }

  @Test
  void aDestroyedThreatStopsAtItsInterceptAndALeakerFliesToImpact() {
    JsonNode killed = packet("threat/raid-1");
    assertThat(killed.get("availability").asText())
        .isEqualTo(at(CircularArc.START_S) + "/" + at(KILL_S));
    JsonNode pieces = killed.get("position");
    JsonNode last = pieces.get(pieces.size() - 1).get("cartesian");
    int n = last.size() - 4;
    assertThat(last.get(n).asDouble()).isEqualTo(KILL_S - CircularArc.START_S);
    // The trajectory's quintic Hermite interpolant between samples 10 s apart on the arc
    // (closed form in CircularArc): within a metre of the circle.
    double[] expected = CircularArc.stateEcef(KILL_S);
    for (int k = 0; k < 3; k++) {
      assertThat(last.get(n + 1 + k).asDouble()).isCloseTo(expected[k], within(1.0));
    }
    assertThat(packet("threat/raid-2").get("availability").asText())
        .isEqualTo(at(CircularArc.START_S + 50) + "/" + at(CircularArc.END_S + 50));
  }

  @Test
  void interceptorsFlyFromTheSiteToTheInterceptPoint() {
    JsonNode interceptor = packet("interceptor/2");
    assertThat(interceptor.get("availability").asText()).isEqualTo(at(200) + "/" + at(KILL_S));
    JsonNode position = interceptor.get("position");
    assertThat(position.get("epoch").asText()).isEqualTo(at(200));
    assertThat(position.get("referenceFrame").asText()).isEqualTo("FIXED");
    JsonNode c = position.get("cartesian");
    assertThat(c.size()).isEqualTo(4 * RunCzml.INTERCEPTOR_SAMPLES);
    Vector3D site = Wgs84.toEcef(SITE);
    double[] target = CircularArc.stateEcef(KILL_S);
    int n = c.size() - 4;
    for (int k = 0; k < 3; k++) {
      assertThat(c.get(1 + k).asDouble()).isCloseTo(site.toArray()[k], within(1e-6));
      assertThat(c.get(n + 1 + k).asDouble()).isCloseTo(target[k], within(1e-6));
    }
    assertThat(c.get(n).asDouble()).isEqualTo(KILL_S - 200);
  }

  @Test
  void interceptsShowFromTheirTimeOnColouredByOutcome() {
    JsonNode miss = packet("intercept/1");
    JsonNode kill = packet("intercept/2");
    String end = at(CircularArc.END_S + 50);
    assertThat(miss.get("availability").asText()).isEqualTo(at(230) + "/" + end);
    assertThat(kill.get("availability").asText()).isEqualTo(at(KILL_S) + "/" + end);
    assertThat(miss.get("name").asText()).isEqualTo("Miss: raid-1 by deveselu");
    assertThat(kill.get("name").asText()).isEqualTo("Kill: raid-1 by deveselu");
    assertThat(kill.get("point").get("color")).isNotEqualTo(miss.get("point").get("color"));
    assertThat(kill.get("description").asText()).contains("altitude 100.0 km");
  }

  @Test
  void batteriesAreLabelledPointsAtTheirSites() {
    JsonNode b = packet("battery/deveselu");
    assertThat(b.has("availability")).isFalse();
    assertThat(b.get("label").get("text").asText()).isEqualTo("deveselu");
    JsonNode c = b.get("position").get("cartesian");
    Vector3D site = Wgs84.toEcef(SITE);
    assertThat(c.get(0).asDouble()).isEqualTo(site.getX());
    assertThat(c.get(2).asDouble()).isEqualTo(site.getZ());
  }
}
