package shield.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.earth.Geodetic;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;
import shield.scenario.RadarClass;
import shield.sense.Measurement;
import shield.sense.Radar;
import shield.sense.RadarMode;
import shield.sense.TargetSignature;
import shield.sense.Window;

/**
 * Visibility and detection for a raid: 100 threats × 10 radars. Target (DESIGN, issue 3): ≤ 1 s on
 * one core for the visibility windows of every radar–threat pair plus every track-mode look at each
 * radar's revisit inside them (Swerling I draw and measurement noise).
 *
 * <p>The raid: six minimum-energy shots aimed once in setup with the catalog's missiles (two ICBMs
 * from Russia at the United States, four shots from Iran at Europe and Turkey), each flown again at
 * launch times spread over 30 minutes so that the raid spans about an hour of flight; the flight
 * physics in ECEF does not depend on the launch time, so the copies differ only in time. The
 * radars: the catalog's five types at ten catalog sites (Kürecik TPY-2; Deveselu and Redzikowo
 * SPY-1; Pionersky and Armavir Voronezh-DM; Fylingdales with 3 UEWR faces, Thule with 2; Gabala
 * Daryal; and a second TPY-2 and UEWR at Ramstein and Rota, notional), with standard refraction.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar SensingBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SensingBenchmark {

  /** Threats in the raid. */
  static final int THREATS = 100;

  /** Spread of the launch times (s). */
  static final double LAUNCH_SPREAD_S = 1_800;

  /** Booster 10 m², reentry vehicle 0.1 m²: notional, of the order used in open studies. */
  static final TargetSignature SIGNATURE = new TargetSignature(10, 0.1);

  List<Trajectory> raid;
  List<Radar> radars;

  @Setup
  public void setUp() {
    Catalog catalog = Catalog.builtIn();
    String[][] shots = {
      {"icbm-solid", "yoshkar-ola", "washington"},
      {"icbm-liquid", "teykovo", "new-york"},
      {"irbm", "shahroud", "warsaw"},
      {"irbm", "semnan", "athens"},
      {"mrbm-solid", "tabriz", "bucharest"},
      {"mrbm-solid", "kermanshah", "ankara"},
    };
    List<MissileFlight> flights = new ArrayList<>();
    List<Geodetic> sites = new ArrayList<>();
    List<Guidance> guidance = new ArrayList<>();
    for (String[] shot : shots) {
      MissileType type = catalog.missile(shot[0]).type();
      MissileFlight flight = new MissileFlight(type);
      Geodetic site = catalog.place(shot[1]).position();
      try {
        guidance.add(
            new Targeting(flight)
                .aim(
                    site, catalog.place(shot[2]).position(), 0, new TrajectoryShape.MinimumEnergy())
                .guidance());
      } catch (TargetingException e) {
        throw new IllegalStateException("cannot aim " + String.join(" ", shot) + ": " + e, e);
      }
      flights.add(flight);
      sites.add(site);
    }
    raid = new ArrayList<>();
    for (int i = 0; i < THREATS; i++) {
      int s = i % shots.length;
      double launchS = LAUNCH_SPREAD_S * i / THREATS;
      raid.add(flights.get(s).fly(sites.get(s), launchS, guidance.get(s)));
    }
    radars =
        List.of(
            radar(catalog, "kurecik-tpy2", "an-tpy2-fbm", "kurecik", 90),
            radar(catalog, "deveselu-spy1", "spy1", "deveselu", 45),
            radar(catalog, "redzikowo-spy1", "spy1", "redzikowo", 45),
            radar(catalog, "pionersky-voronezh", "voronezh-dm", "pionersky", 270),
            radar(catalog, "armavir-voronezh", "voronezh-dm", "armavir", 180),
            radar(catalog, "fylingdales-uewr", "uewr", "fylingdales", 0),
            radar(catalog, "thule-uewr", "uewr", "thule", 240),
            radar(catalog, "gabala-daryal", "daryal", "gabala", 160),
            radar(catalog, "ramstein-tpy2", "an-tpy2-fbm", "ramstein", 110),
            radar(catalog, "rota-uewr", "uewr", "rota", 30));
    int windows = 0;
    for (Radar r : radars) {
      for (Trajectory t : raid) {
        windows += r.visibilityWindows(t).size();
      }
    }
    int looks = sense(new SplittableRandom(1));
    System.out.printf(
        "%n[setup] %d threats, %d radars: %d windows, %d detections per run%n",
        raid.size(), radars.size(), windows, looks);
  }

  private static Radar radar(
      Catalog catalog, String id, String type, String place, double boresightDeg) {
    RadarClass c = catalog.radar(type);
    // Fylingdales is the one three-faced UEWR (Shield reference validation.md).
    int faces = place.equals("fylingdales") ? 3 : c.faceCount();
    return new Radar(
        id,
        c.type(),
        catalog.place(place).position(),
        c.faces(Math.toRadians(boresightDeg), faces),
        Radar.STANDARD_REFRACTION_K);
  }

  /** Every window of every pair and every track look at the revisit within them. */
  int sense(SplittableRandom random) {
    int detections = 0;
    for (int ti = 0; ti < raid.size(); ti++) {
      Trajectory t = raid.get(ti);
      for (Radar r : radars) {
        double revisitS = r.type().trackRevisitS();
        for (Window w : r.visibilityWindows(t)) {
          for (double s = w.startS(); s <= w.endS(); s += revisitS) {
            Measurement m = r.look(t, SIGNATURE, s, RadarMode.TRACK, random, ti);
            if (m != null) {
              detections++;
            }
          }
        }
      }
    }
    return detections;
  }

  /** The visibility windows alone, for every radar–threat pair: where the time goes. */
  @Benchmark
  public int windows() {
    int n = 0;
    for (Trajectory t : raid) {
      for (Radar r : radars) {
        n += r.visibilityWindows(t).size();
      }
    }
    return n;
  }

  /** The whole raid against all radars, once: the figure held against the 1 s target. */
  @Benchmark
  public int raid() {
    return sense(new SplittableRandom(2026));
  }
}
