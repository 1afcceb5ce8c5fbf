package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sense.Radar;
import shield.sim.NetworkWarning;
import shield.sim.SensingRun;

/**
 * The warning map against the sensing it reuses: never negative, nothing from sensors that cannot
 * see, never more without a radar, the same numbers as the sensing run of one missile, independent
 * of threads.
 */
class WarningMapTest {

  private static final String RESOURCE = "/shield/analysis/warning.yaml";

  /** The tests' grid: 1° over 53–56° N, 18–24° E around Kaliningrad, 18 cells. */
  private static final Region.Grid GRID = Region.ofCorners(53, 18, 56, 24).grid(1);

  private static final Scenario SCENARIO = load();

  private static final Map<String, WarningMapResult> RUNS = new ConcurrentHashMap<>();

  private static Scenario load() {
    try (InputStream in = WarningMapTest.class.getResourceAsStream(RESOURCE)) {
      return ScenarioLoader.load(in, RESOURCE, Catalog.builtIn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WarningMap map(String network) {
    return new WarningMap(
        SCENARIO, network, SCENARIO.threats().get(0).missile(), List.of(launchArea()));
  }

  private static Place launchArea() {
    return SCENARIO.threats().get(0).from();
  }

  /** A network's map with a seed, computed once for all the tests. */
  private static WarningMapResult run(String network, long seed) {
    return RUNS.computeIfAbsent(
        network + "/" + seed,
        k -> map(network).run(GRID, seed, ForkJoinPool.commonPool(), () -> {}));
  }

  @Test
  void aReportAfterImpactGivesNoWarningAndOneBeforeGivesImpactMinusIt() {
    // Exact arithmetic: impact 600 s.
    assertThat(AimWarning.warningS(600, OptionalDouble.of(480))).hasValue(120);
    assertThat(AimWarning.warningS(600, OptionalDouble.of(600))).isEmpty();
    assertThat(AimWarning.warningS(600, OptionalDouble.of(601))).isEmpty();
    assertThat(AimWarning.warningS(600, OptionalDouble.empty())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aWarningIsNeverNegativeAndNeverMoreThanTheFlight(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      double impactS = random.nextDouble(100, 3000);
      double knownS = random.nextDouble(-100, 4000);
      OptionalDouble w = AimWarning.warningS(impactS, OptionalDouble.of(knownS));
      if (knownS < impactS) {
        assertThat(w.getAsDouble()).isPositive().isEqualTo(impactS - knownS);
      } else {
        assertThat(w).isEmpty();
      }
    }
    for (String network : List.of("everything", "pionersky", "two-seeing")) {
      WarningMapResult r = run(network, seed % 2 + 1);
      for (int c = 0; c < GRID.size(); c++) {
        AimWarning a = r.aim(0, c);
        assertThat(a.flown()).isTrue();
        for (OptionalDouble w : List.of(a.fromDetectionS(), a.fromFirmTrackS())) {
          if (w.isPresent()) {
            // Launch at 0: no network can know of a missile before it is launched.
            assertThat(w.getAsDouble()).isPositive().isLessThanOrEqualTo(a.flightTimeS());
          }
        }
      }
    }
  }

  @Test
  void aNetworkOfRadarsThatCannotSeeTheMissilesGivesNoWarning() {
    List<Radar> blind =
        SCENARIO.radars().stream()
            .filter(r -> r.id().equals("armavir-south") || r.id().equals("siberia-vdm"))
            .toList();
    assertThat(blind).hasSize(2);
    WarningMap map = map("blind");
    for (int c = 0; c < GRID.size(); c++) {
      Trajectory flight = flownTo(c);
      // The premise, checked on the flight itself every second: neither radar can see it.
      for (double t = flight.startTimeS(); t <= flight.endTimeS(); t += 1) {
        for (Radar radar : blind) {
          assertThat(radar.canSee(flight.positionEcef(t)))
              .as("%s at %.0f s", radar.id(), t)
              .isFalse();
        }
      }
      AimWarning a = map.aim(launchArea(), GRID.centre(c), 1);
      assertThat(a.flown()).isTrue();
      assertThat(a.fromDetectionS()).isEmpty();
      assertThat(a.fromFirmTrackS()).isEmpty();
      assertThat(a.firstSensorId()).isEmpty();
    }
  }

  private static Trajectory flownTo(int cell) {
    try {
      return new Targeting(new MissileFlight(SCENARIO.threats().get(0).missile().type()))
          .aim(launchArea().position(), GRID.centre(cell), 0, new TrajectoryShape.MinimumEnergy())
          .trajectory();
    } catch (TargetingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void radarsThatCannotSeeAddNothingToANetwork() {
    WarningMapResult seeing = run("pionersky", 1);
    WarningMapResult withBlind = run("pionersky-and-blind", 1);
    assertThat(withBlind.byLaunchArea()).isEqualTo(seeing.byLaunchArea());
    assertThat(seeing.statistics(-1, false).warned()).isEqualTo(GRID.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void removingARadarThatSeesNeverIncreasesWarning(long seed) {
    WarningMapResult both = run("two-seeing", seed);
    int fewerFirm = 0;
    for (String alone : List.of("pionersky", "baranovichi")) {
      WarningMapResult one = run(alone, seed);
      for (int c = 0; c < GRID.size(); c++) {
        AimWarning b = both.aim(0, c);
        AimWarning o = one.aim(0, c);
        assertThat(o.fromDetectionS().orElse(0))
            .as("%s, cell %d, detection", alone, c)
            .isLessThanOrEqualTo(b.fromDetectionS().orElse(0));
        assertThat(o.fromFirmTrackS().orElse(0))
            .as("%s, cell %d, firm track", alone, c)
            .isLessThanOrEqualTo(b.fromFirmTrackS().orElse(0));
        fewerFirm += o.fromFirmTrackS().orElse(0) < b.fromFirmTrackS().orElse(0) ? 1 : 0;
      }
    }
    // The test can fail: removing a radar does cost warning somewhere.
    assertThat(fewerFirm).isPositive();
  }

  @Test
  void aCellIsWhatTheSensingRunOfThatMissileSays() {
    // Oracle: SensingRun (what `shield sense` prints) on the scenario file itself, whose one
    // threat flies from the launch area to the centre of cell (row 1, column 2) at 54.5° N,
    // 20.5° E, launched at 0 s, seed 7. Tolerance 1e-9 s: the same computation, exactly.
    int cell = GRID.index(1, 2);
    assertThat(GRID.centre(cell).latitudeDeg()).isCloseTo(54.5, within(1e-12));
    assertThat(GRID.centre(cell).longitudeDeg()).isCloseTo(20.5, within(1e-12));
    var sensing = new SensingRun(SCENARIO).run(7).threats().get(0);
    NetworkWarning expected =
        sensing.networks().stream()
            .filter(w -> w.networkId().equals("everything"))
            .findFirst()
            .orElseThrow();
    AimWarning measured = map("everything").aim(launchArea(), GRID.centre(cell), 7);
    assertThat(measured.flightTimeS())
        .isCloseTo(sensing.threat().impactTimeS() - sensing.threat().launchTimeS(), within(1e-9));
    assertThat(measured.fromDetectionS().getAsDouble())
        .isCloseTo(expected.warningFromDetectionS().getAsDouble(), within(1e-9));
    assertThat(measured.fromFirmTrackS().getAsDouble())
        .isCloseTo(expected.warningFromFirmTrackS().getAsDouble(), within(1e-9));
    assertThat(measured.firstSensorId()).isEqualTo(expected.firstSensorId());
    Validation.record(
        "warning map, western Europe to 54.5° N 20.5° E, network with every sensor, seed 7",
        "shield sense of the same missile and scenario (SensingRun)",
        String.format(
            Locale.ROOT,
            "%.1f s from detection, %.1f s from firm track",
            expected.warningFromDetectionS().getAsDouble(),
            expected.warningFromFirmTrackS().getAsDouble()),
        String.format(
            Locale.ROOT,
            "%.1f s, %.1f s",
            measured.fromDetectionS().getAsDouble(),
            measured.fromFirmTrackS().getAsDouble()),
        "1e-9 s");
  }

  @Test
  void theResultDoesNotDependOnTheNumberOfThreads() {
    AtomicInteger done = new AtomicInteger();
    WarningMapResult one;
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      one = map("two-seeing").run(GRID, 1, single, done::incrementAndGet);
    } finally {
      single.shutdown();
    }
    assertThat(done.get()).isEqualTo(GRID.size());
    ForkJoinPool three = new ForkJoinPool(3);
    try {
      assertThat(map("two-seeing").run(GRID, 1, three, () -> {}).byLaunchArea())
          .isEqualTo(one.byLaunchArea());
    } finally {
      three.shutdown();
    }
  }

  @Test
  void cellsOutOfReachOrTooCloseAreNotFlownAndHaveNoWarning() {
    // srbm: a short-range missile cannot reach Kaliningrad from 48° N 1° E (~1,400 km), and
    // an aim point 1 km from the launch area is closer than a medium-range missile can be aimed.
    WarningMap srbm =
        new WarningMap(
            SCENARIO, "everything", Catalog.builtIn().missile("srbm"), List.of(launchArea()));
    AimWarning far = srbm.aim(launchArea(), GRID.centre(0), 1);
    assertThat(far.flight()).isEqualTo(AimWarning.Flight.OUT_OF_RANGE);
    assertThat(far.fromDetectionS()).isEmpty();
    AimWarning near = map("everything").aim(launchArea(), Geodetic.ofDegrees(48.01, 1.0, 0), 1);
    assertThat(near.flight()).isEqualTo(AimWarning.Flight.TOO_CLOSE);
    assertThat(near.fromFirmTrackS()).isEmpty();
  }
}
