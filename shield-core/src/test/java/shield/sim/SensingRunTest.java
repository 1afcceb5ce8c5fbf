package shield.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;
import shield.sense.Measurement;
import shield.sense.Radar;
import shield.sense.TargetSignature;

/** The sensing timeline: what radars may report, capacity, cueing, determinism, warning times. */
class SensingRunTest {

  static Scenario small() {
    return load("/shield/sim/small.yaml", s -> s);
  }

  static Scenario load(String resource, java.util.function.UnaryOperator<String> edit) {
    try (InputStream in = SensingRunTest.class.getResourceAsStream(resource)) {
      String yaml =
          edit.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      return ScenarioLoader.load(
          new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          resource,
          Catalog.builtIn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Trajectory> flights(Scenario s) {
    return s.threats().stream().map(Threat::trajectory).toList();
  }

  private static List<TargetSignature> signatures(Scenario s) {
    return s.threats().stream().map(t -> t.missile().signature()).toList();
  }

  private static double[] noCues(Scenario s) {
    double[] cues = new double[s.threats().size()];
    Arrays.fill(cues, Double.NaN);
    return cues;
  }

  @Test
  void aRadarReportsOnlyWhatItCanSeeAndOnlyDuringFlight() {
    Scenario s = small();
    for (int r = 0; r < s.radars().size(); r++) {
      Radar radar = s.radars().get(r);
      for (long seed = 1; seed <= 5; seed++) {
        List<Measurement> ms =
            new RadarScheduler(radar, r, flights(s), signatures(s), seed).run(noCues(s));
        for (Measurement m : ms) {
          Trajectory t = s.threats().get(m.truthIndex()).trajectory();
          assertThat(m.timeS()).isBetween(t.startTimeS(), t.endTimeS());
          assertThat(radar.canSee(t.positionEcef(m.timeS())))
              .as("%s at %.3f s", radar.id(), m.timeS())
              .isTrue();
        }
        for (int i = 1; i < ms.size(); i++) {
          assertThat(ms.get(i).timeS()).isGreaterThanOrEqualTo(ms.get(i - 1).timeS());
        }
      }
    }
  }

  @Test
  void aRadarsDetectionsFallOnItsScanGrid() {
    // The network's tracker takes a sensor's detections of one instant as one scan and counts a
    // scan without a track's object as a missed look: every look of a radar, search, track or
    // cued, must fall on one grid of revisit intervals, or the tracks of a raid would be dropped
    // for the looks at the other missiles.
    Scenario s = small();
    for (int r = 0; r < s.radars().size(); r++) {
      Radar radar = s.radars().get(r);
      double revisitS = radar.type().trackRevisitS();
      double[] cues = noCues(s);
      cues[1] = 33.3; // a cue at an instant off any grid
      List<Measurement> ms = new RadarScheduler(radar, r, flights(s), signatures(s), 5).run(cues);
      assertThat(ms).isNotEmpty();
      double t0 = ms.get(0).timeS();
      for (Measurement m : ms) {
        double steps = (m.timeS() - t0) / revisitS;
        assertThat(Math.abs(steps - Math.rint(steps)))
            .as("%s at %.3f s", radar.id(), m.timeS())
            .isLessThan(1e-6);
      }
    }
  }

  @Test
  void trackCapacityIsNeverExceeded() {
    // Capacity 1: at any time at most one threat may be looked at on the track cadence. A gap
    // between two detections of a threat shorter than the search frame can only be a track look.
    Scenario s =
        load(
            "/shield/sim/small.yaml",
            y -> y.replace("faces_deg: [100]}", "faces_deg: [100], track_capacity: 1}"));
    Radar radar = s.radars().get(0);
    assertThat(radar.type().trackCapacity()).isEqualTo(1);
    double frameS = radar.type().searchFrameS();
    for (long seed = 1; seed <= 5; seed++) {
      List<Measurement> ms =
          new RadarScheduler(radar, 0, flights(s), signatures(s), seed).run(noCues(s));
      List<double[]> tracked = new ArrayList<>();
      for (int j = 0; j < s.threats().size(); j++) {
        double previous = Double.NaN;
        for (Measurement m : ms) {
          if (m.truthIndex() != j) {
            continue;
          }
          if (m.timeS() - previous < frameS * 0.999) {
            tracked.add(new double[] {previous, m.timeS()});
          }
          previous = m.timeS();
        }
      }
      assertThat(tracked).as("some track looks happened").isNotEmpty();
      for (double[] a : tracked) {
        long overlapping =
            tracked.stream().filter(b -> b[0] < a[1] - 1e-9 && a[0] < b[1] - 1e-9).count();
        assertThat(overlapping).as("threats in track at once").isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameTimelineAndAnotherSeedAnother() {
    Scenario s = small();
    SenseReport a = new SensingRun(s).run(11);
    SenseReport b = new SensingRun(s).run(11);
    SenseReport c = new SensingRun(s).run(12);
    assertThat(a.threats()).isEqualTo(b.threats());
    assertThat(a.threats()).isNotEqualTo(c.threats());
  }

  @Test
  void aCueBringsTheFirstRadarDetectionNoLater() {
    // Cued, the radar spends track dwells (more energy) on the missile as soon as it is in
    // coverage instead of waiting for its search frame; over many seeds its first detection comes
    // earlier on average, and never much later.
    Scenario s = small();
    Radar radar = s.radars().get(0);
    double sumCued = 0;
    double sumUncued = 0;
    int n = 0;
    for (long seed = 1; seed <= 20; seed++) {
      double[] cues = new double[s.threats().size()];
      Arrays.fill(cues, 0.0); // a cue at launch: the most a cue can do
      double[] cued = firstDetections(radar, s, seed, cues);
      double[] uncued = firstDetections(radar, s, seed, noCues(s));
      for (int j = 0; j < cued.length; j++) {
        if (!Double.isNaN(cued[j]) && !Double.isNaN(uncued[j])) {
          sumCued += cued[j];
          sumUncued += uncued[j];
          n++;
        }
      }
    }
    assertThat(n).isGreaterThan(0);
    assertThat(sumCued / n).isLessThan(sumUncued / n);
  }

  private static double[] firstDetections(Radar radar, Scenario s, long seed, double[] cues) {
    double[] first = new double[s.threats().size()];
    Arrays.fill(first, Double.NaN);
    for (Measurement m : new RadarScheduler(radar, 0, flights(s), signatures(s), seed).run(cues)) {
      if (Double.isNaN(first[m.truthIndex()])) {
        first[m.truthIndex()] = m.timeS();
      }
    }
    return first;
  }

  @Test
  void warningsAreConsistentWithTheTimeline() {
    Scenario s = small();
    for (long seed = 1; seed <= 3; seed++) {
      SenseReport report = new SensingRun(s).run(seed);
      for (ThreatSensing t : report.threats()) {
        double launchS = t.threat().launchTimeS();
        double impactS = t.threat().impactTimeS();
        for (SensorSighting x : t.sensors()) {
          if (x.saw()) {
            assertThat(x.firstDetectionS().getAsDouble()).isBetween(launchS, impactS);
            assertThat(x.lastDetectionS().getAsDouble())
                .isBetween(x.firstDetectionS().getAsDouble(), impactS);
            assertThat(x.altitudeAtFirstDetectionM().getAsDouble()).isGreaterThanOrEqualTo(0);
          }
        }
        for (NetworkWarning w : t.networks()) {
          OptionalDouble det = w.firstDetectionS();
          if (w.firmTrackS().isPresent()) {
            assertThat(det).isPresent();
            // A firm track needs radar detections, which the node learns of no sooner than the
            // first report of any kind.
            assertThat(w.firmTrackS().getAsDouble()).isGreaterThanOrEqualTo(det.getAsDouble());
            assertThat(w.firmTrackPositionErrorM().getAsDouble()).isLessThan(50_000);
          }
          if (det.isPresent()) {
            assertThat(w.warningFromDetectionS().getAsDouble())
                .isLessThanOrEqualTo(impactS - launchS);
          }
        }
      }
    }
  }

  @Test
  void inARaidEachMissileGetsAFirmTrackSoonAfterTheRadarFirstSeesIt() {
    // Eight missiles 5 s apart on one path, and one more. A radar's detections of one instant are
    // one scan;
    // a track held by a radar must not count the scans in which the radar looked at other
    // missiles as misses (which would drop every new track before it is confirmed). Three 1 s
    // revisits confirm a track, and the TPY-2's metre-level ranging makes it firm at once: 30 s
    // is a generous bound. A firm track must also be where its covariance says (5σ).
    Scenario dense =
        load(
            "/shield/sim/small.yaml",
            y -> y.replace("count: 3, spacing_s: 10", "count: 8, spacing_s: 5"));
    assertThat(dense.threats()).hasSize(9);
    for (long seed = 1; seed <= 3; seed++) {
      SenseReport report = new SensingRun(dense).run(seed);
      for (ThreatSensing t : report.threats()) {
        SensorSighting tpy2 = t.sensors().get(0);
        NetworkWarning nato = t.networks().get(0);
        assertThat(nato.firmTrackS()).as("%s, seed %d", t.threat().id(), seed).isPresent();
        double latencyS = 2;
        assertThat(nato.firmTrackS().getAsDouble() - tpy2.firstDetectionS().getAsDouble())
            .as("%s, seed %d: firm track after the first detection (s)", t.threat().id(), seed)
            .isLessThan(30 + latencyS);
        assertThat(nato.firmTrackPositionErrorM().getAsDouble())
            .isLessThan(5 * nato.firmTrackPositionSigmaM().getAsDouble());
      }
    }
  }

  @Test
  void theForwardRadarSeesTheRaidDuringBoostAndTheNetworkTracksIt() {
    // Kürecik is 740 km from Tabriz, facing it: the missiles rise above its horizon during boost,
    // and the NATO node must hold a firm track of each well before impact.
    SenseReport report = new SensingRun(small()).run(1);
    for (ThreatSensing t : report.threats().subList(0, 3)) {
      SensorSighting tpy2 = t.sensors().get(0);
      assertThat(tpy2.sensorId()).isEqualTo("kurecik-tpy2");
      assertThat(tpy2.saw()).isTrue();
      double burnoutS =
          t.threat().trajectory().event(FlightEvent.Kind.BURNOUT).orElseThrow().timeS();
      assertThat(tpy2.firstDetectionS().getAsDouble()).isLessThan(burnoutS);
      NetworkWarning nato = t.networks().get(0);
      assertThat(nato.firmTrackS()).isPresent();
      assertThat(nato.warningFromFirmTrackS().getAsDouble()).isGreaterThan(300);
    }
  }
}
