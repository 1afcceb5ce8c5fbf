package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static shield.scenario.Variants.with;
import static shield.scenario.Variants.withBatteries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.engage.InterceptorType;
import shield.flight.Trajectory;
import shield.scenario.Battery;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sense.Face;
import shield.sense.Radar;

/**
 * The footprint on a small grid of europe-phase3 against the IRBM from Tabriz: a hand-checked cell
 * each way, out-of-range cells, independence from the thread count, and monotonicity — a faster
 * interceptor, more inventory or an added radar never loses a cell.
 */
class FootprintTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Scenario PHASE3 =
      ScenarioLoader.load(Path.of("..", "scenarios", "europe-phase3.yaml"), CATALOG);
  private static final MissileClass IRBM = CATALOG.missile("irbm");
  private static final Place TABRIZ = CATALOG.place("tabriz");

  /** South-east Europe and the Black Sea, 2° cells: 8 rows × 13 columns. */
  private static final Region.Grid GRID = new Region(36, 14, 52, 40).grid(2);

  private static final FlightFan FAN = fan(TABRIZ);

  /** The flights to every cell (null where out of range), flown once for all the tests. */
  private static final Trajectory[] FLIGHTS = flights();

  private static FlightFan fan(Place site) {
    Geodetic middle = Geodetic.ofDegrees(44, 27, 0);
    return new FlightFan(
        IRBM.type(),
        site.position(),
        0,
        Geodesy.inverse(site.position(), middle).initialAzimuthRad());
  }

  private static Trajectory[] flights() {
    Trajectory[] out = new Trajectory[GRID.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fly(FAN, GRID.centre(i));
    }
    return out;
  }

  private static Footprint footprint(Scenario scenario) {
    return new Footprint(scenario, IRBM, List.of(TABRIZ), GRID, 0.9);
  }

  private static FootprintResult.CellOutcome[] outcomes(Scenario scenario) {
    Footprint f = footprint(scenario);
    FootprintResult.CellOutcome[] out = new FootprintResult.CellOutcome[GRID.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FLIGHTS[i] == null ? FootprintResult.CellOutcome.OUT_OF_RANGE : f.engage(FLIGHTS[i]);
    }
    return out;
  }

  /**
   * Hand check, engaged: an IRBM from Tabriz aimed at Deveselu falls on the SM-3 IIA and THAAD
   * battery there; the NATO network tracks it long before (Kürecik sees the boost), so the battery
   * gets shots and a kill probability above zero.
   */
  @Test
  void aimPointAtTheBatteryIsEngaged() {
    Trajectory flight = fly(FAN, CATALOG.place("deveselu").position());
    assertThat(flight).isNotNull();
    FootprintResult.CellOutcome o = footprint(PHASE3).engage(flight);
    assertThat(o.status()).isEqualTo(FootprintResult.Status.ENGAGED);
    assertThat(o.shotOpportunities()).isGreaterThanOrEqualTo(1);
    assertThat(o.killProbability()).isGreaterThan(0);
  }

  /**
   * Hand check, not engaged: with only Deveselu's SM-3 IIA, a flight from Tabriz to a point 1,500
   * km beyond Tabriz on the far side (east), some 3,000 km from the battery, flies away from it and
   * stays beyond its reach (the type's ground range is under 2,500 km) the whole way.
   */
  @Test
  void aimPointBehindTheLaunchAreaIsNotEngaged() {
    Geodetic deveselu = CATALOG.place("deveselu").position();
    double awayRad = Geodesy.inverse(TABRIZ.position(), deveselu).initialAzimuthRad() + Math.PI;
    Geodetic behind = Geodesy.direct(TABRIZ.position(), awayRad, 1_500_000);
    assertThat(Geodesy.inverse(deveselu, behind).distanceM()).isGreaterThan(2_900_000);
    Scenario onlyDeveselu =
        withBatteries(
            PHASE3,
            PHASE3.batteries().stream().filter(b -> b.id().equals("deveselu-sm3")).toList());
    Trajectory flight = fly(FAN, behind);
    assertThat(flight).isNotNull();
    FootprintResult.CellOutcome o = footprint(onlyDeveselu).engage(flight);
    assertThat(o.status()).isEqualTo(FootprintResult.Status.NOT_ENGAGED);
    assertThat(o.shotOpportunities()).isZero();
    assertThat(o.killProbability()).isZero();
  }

  /**
   * A medium-range missile cannot reach western Europe from Tabriz: those cells are reported out of
   * range, the others are computed, and nothing fails.
   */
  @Test
  void outOfRangeCellsAreReportedNotFatal() {
    MissileClass mrbm = CATALOG.missile("mrbm-liquid");
    Region.Grid wide = new Region(36, -10, 56, 44).grid(6);
    FootprintResult r = new Footprint(PHASE3, mrbm, List.of(TABRIZ), wide, 0.9).run(2, null);
    FootprintResult.AreaResult area = r.areas().get(0);
    assertThat(area.count(FootprintResult.Status.OUT_OF_RANGE)).isPositive();
    assertThat(area.count(FootprintResult.Status.OUT_OF_RANGE)).isLessThan(wide.size());
    for (int i = 0; i < wide.size(); i++) {
      FootprintResult.CellOutcome o = area.cells().get(i);
      if (o.status() == FootprintResult.Status.OUT_OF_RANGE) {
        assertThat(o.killProbability()).isNaN();
        assertThat(r.threatened(i)).isFalse();
        assertThat(r.defended(i)).isFalse();
      }
    }
    // Lisbon's column and the south-west corner: some 4,500 km from Tabriz.
    assertThat(area.cells().get(wide.index(0, 0)).status())
        .isEqualTo(FootprintResult.Status.OUT_OF_RANGE);
  }

  /** Every flight the fan returns lands within its tolerance of the cell's centre. */
  @Test
  void flightsLandOnTheirCells() {
    int flown = 0;
    for (int i = 0; i < GRID.size(); i++) {
      if (FLIGHTS[i] != null) {
        Geodetic impact = FLIGHTS[i].geodeticAt(FLIGHTS[i].endTimeS());
        assertThat(Geodesy.inverse(impact, GRID.centre(i)).distanceM())
            .isLessThan(FlightFan.AIM_TOLERANCE_M);
        flown++;
      }
    }
    assertThat(flown).isGreaterThan(GRID.size() / 2);
  }

  /** One thread or two, the same outcome for every cell (each cell is computed alone). */
  @Test
  void resultsDoNotDependOnThreads() {
    Region.Grid small = new Region(40, 20, 46, 32).grid(3);
    Footprint f = new Footprint(PHASE3, IRBM, List.of(TABRIZ), small, 0.9);
    assertThat(f.run(2, null)).isEqualTo(f.run(1, null));
  }

  /** europe-phase3's outcomes on the grid, the base the monotone variants are compared with. */
  private static final FootprintResult.CellOutcome[] BASE = outcomes(PHASE3);

  /**
   * MONOTONE: seeded variants of europe-phase3, each at least as strong as the original — one
   * battery's interceptor up to 40% faster (seeds 3, 6), one battery with more rounds (seeds 1, 4),
   * one more radar on the NATO network (seeds 2, 5) — never lose an engaged cell; more rounds and
   * another radar never lower a cell's shot count or kill probability. Compared cell by cell, not
   * only in total.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void strongerArchitecturesNeverShrinkTheFootprint(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Battery> batteries = new ArrayList<>(PHASE3.batteries());
    int b = random.nextInt(batteries.size());
    switch ((int) (seed % 3)) {
      case 0 -> {
        double factor = 1.05 + 0.35 * random.nextDouble();
        Battery old = batteries.get(b);
        batteries.set(b, with(old, faster(old.type(), factor), old.inventory(), old.doctrine()));
        assertEngagedSuperset(BASE, outcomes(withBatteries(PHASE3, batteries)), false);
      }
      case 1 -> {
        int more = 1 + random.nextInt(8);
        Battery old = batteries.get(b);
        batteries.set(b, with(old, old.type(), old.inventory() + more, old.doctrine()));
        assertEngagedSuperset(BASE, outcomes(withBatteries(PHASE3, batteries)), true);
      }
      default -> {
        Radar model = PHASE3.radars().get(random.nextInt(PHASE3.radars().size()));
        Geodetic at =
            Geodetic.ofDegrees(38 + 10 * random.nextDouble(), 22 + 16 * random.nextDouble(), 10);
        Face face = model.faces().get(0);
        Radar added =
            new Radar(
                "added-" + seed,
                model.type(),
                at,
                List.of(new Face(0, Math.PI, face.minElevationRad(), face.maxElevationRad())),
                Radar.STANDARD_REFRACTION_K);
        assertEngagedSuperset(BASE, outcomes(withRadar(PHASE3, added, "nato")), true);
      }
    }
  }

  private static void assertEngagedSuperset(
      FootprintResult.CellOutcome[] base, FootprintResult.CellOutcome[] stronger, boolean counts) {
    int engaged = 0;
    for (int i = 0; i < base.length; i++) {
      if (base[i].status() == FootprintResult.Status.ENGAGED) {
        engaged++;
        assertThat(stronger[i].status()).as("cell %d", i).isEqualTo(FootprintResult.Status.ENGAGED);
      }
      if (counts && base[i].status() != FootprintResult.Status.OUT_OF_RANGE) {
        assertThat(stronger[i].shotOpportunities())
            .as("cell %d", i)
            .isGreaterThanOrEqualTo(base[i].shotOpportunities());
        assertThat(stronger[i].killProbability())
            .as("cell %d", i)
            .isGreaterThanOrEqualTo(base[i].killProbability() - 1e-12);
      }
    }
    assertThat(engaged).as("the base footprint engages some cells").isPositive();
  }

  /** The defended area of a fully defended band of whole longitude is the spherical zone's. */
  @Test
  void areaOfAFullyDefendedBandIsTheSphericalZone() {
    Region.Grid band = new Region(30, -180, 60, 180).grid(5);
    FootprintResult.CellOutcome engaged =
        new FootprintResult.CellOutcome(FootprintResult.Status.ENGAGED, 600, 1, 1, 1, 0.95);
    FootprintResult r =
        new FootprintResult(
            "band",
            "irbm",
            band,
            0.9,
            List.of(
                new FootprintResult.AreaResult(
                    TABRIZ, java.util.Collections.nCopies(band.size(), engaged))));
    double radiusM = 6_371_007.2;
    double zoneM2 =
        2
            * Math.PI
            * radiusM
            * radiusM
            * (Math.sin(Math.toRadians(60)) - Math.sin(Math.toRadians(30)));
    Validation.record(
        "footprint: defended area of the 30-60 N band, 5 deg cells, all defended",
        "closed form 2 pi R^2 (sin 60 - sin 30), authalic R 6,371,007.2 m",
        String.format("%.6e km2", zoneM2 / 1e6),
        String.format("%.6e km2", r.defendedAreaM2() / 1e6),
        "1e-9 relative");
    assertThat(r.defendedAreaM2())
        .isCloseTo(zoneM2, org.assertj.core.data.Offset.offset(zoneM2 * 1e-9));
    assertThat(r.killAreaM2())
        .isCloseTo(zoneM2, org.assertj.core.data.Offset.offset(zoneM2 * 1e-9));
  }

  /**
   * The area definitions with two launch areas: a cell one area cannot reach and the other engages
   * is defended; a cell engaged from one and not from the other is not; the kill probability is the
   * lower of the two.
   */
  @Test
  void defendedMeansEngagedFromEveryLaunchAreaThatReaches() {
    Region.Grid three = new Region(40, 20, 41, 23).grid(1);
    var out = FootprintResult.CellOutcome.OUT_OF_RANGE;
    var engagedHigh =
        new FootprintResult.CellOutcome(FootprintResult.Status.ENGAGED, 600, 2, 2, 1, 0.96);
    var engagedLow =
        new FootprintResult.CellOutcome(FootprintResult.Status.ENGAGED, 600, 1, 1, 1, 0.8);
    var missed =
        new FootprintResult.CellOutcome(FootprintResult.Status.NOT_ENGAGED, 600, 0, 0, 0, 0);
    FootprintResult r =
        new FootprintResult(
            "two",
            "irbm",
            three,
            0.9,
            List.of(
                new FootprintResult.AreaResult(TABRIZ, List.of(out, engagedHigh, engagedHigh)),
                new FootprintResult.AreaResult(
                    CATALOG.place("semnan"), List.of(engagedHigh, engagedLow, missed))));
    assertThat(r.defended(0)).isTrue();
    assertThat(r.defended(1)).isTrue();
    assertThat(r.defended(2)).isFalse();
    assertThat(r.killProbability(1)).isEqualTo(0.8);
    assertThat(r.killProbability(2)).isZero();
    assertThat(r.defendedAreaM2()).isEqualTo(three.cellAreaM2(0) * 2);
    assertThat(r.killAreaM2()).isEqualTo(three.cellAreaM2(0));
  }

  private static InterceptorType faster(InterceptorType t, double factor) {
    return new InterceptorType(
        t.id() + "-faster",
        t.name(),
        t.stages().stream()
            .map(s -> new InterceptorType.Stage(s.burnTimeS(), s.burnoutSpeedMps() * factor))
            .toList(),
        t.divertMps(),
        t.minInterceptAltitudeM(),
        t.maxInterceptAltitudeM(),
        t.maxGroundRangeM(),
        t.maxTimeOfFlightS(),
        t.singleShotKillProbability(),
        t.reactionTimeS(),
        t.layer(),
        t.source(),
        t.notional());
  }

  private static Scenario withRadar(Scenario s, Radar radar, String networkId) {
    List<Radar> radars = new ArrayList<>(s.radars());
    radars.add(radar);
    List<Network> networks = new ArrayList<>();
    for (Network n : s.networks()) {
      if (n.id().equals(networkId)) {
        List<Network.Link> links = new ArrayList<>(n.links());
        links.add(new Network.Link(radar.id(), 2));
        networks.add(new Network(n.id(), n.node(), links));
      } else {
        networks.add(n);
      }
    }
    return new Scenario(
        s.name(),
        s.description(),
        s.epoch(),
        s.threats(),
        radars,
        s.satellites(),
        networks,
        s.assets(),
        s.batteries());
  }

  /** The fan's flight to an aim point searched from the ladder, or null when out of range. */
  static Trajectory fly(FlightFan fan, Geodetic aim) {
    FlightFan.Flight f = fan.fly(aim, null);
    return f == null ? null : f.trajectory();
  }
}
