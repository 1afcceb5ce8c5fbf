package shield.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import shield.earth.Geodetic;
import shield.flight.MissileFlight;
import shield.flight.OutOfReachException;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.MissileClass;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.SatelliteSensor;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.NetworkWarning;
import shield.sim.SensingRun;

/**
 * The warning time map: for a missile aimed at every cell of a grid from each of some launch areas,
 * how long before impact a network first knew of it, and first held a firm track of it.
 *
 * <p>Each (launch area, cell) pair is one missile launched at the scenario's epoch on its
 * minimum-energy trajectory ({@link Targeting}) at the cell's centre, and one {@link SensingRun} of
 * a scenario holding that missile alone and the one network. The sensing sees the world of that
 * network: an early-warning constellation the network does not link is kept but cues no radar, so
 * it changes nothing; a radar the network does not link runs but reports to no node. Both stay in
 * the scenario, in their places, because every sensor's random stream is named by its index in the
 * scenario: so the maps of two networks of one scenario draw the same noise for the sensors they
 * share, and differ only by their links.
 *
 * <p>Every missile runs with the same seed (common random numbers): differences between cells and
 * between networks come from geometry, not from noise; and any one cell is what {@code shield sense
 * --seed S} prints for the same missile, launched at 0 s, in the same scenario, when the network
 * links every constellation that cues (one it does not link cues nothing here, but does in {@code
 * shield sense}). The result does not depend on the number of threads.
 */
public final class WarningMap {

  /** When every missile of a map is launched (s from the scenario epoch). */
  public static final double LAUNCH_TIME_S = 0;

  private final Scenario scenario;
  private final Network network;
  private final MissileClass missile;
  private final List<Place> launchAreas;
  private final Scenario sensors;
  private final Targeting targeting;

  /**
   * A warning map of a scenario's network against a missile from launch areas.
   *
   * @param scenario the scenario whose sensors and network are used (its threats are not)
   * @param networkId the id of one of the scenario's networks
   * @param missile the missile flown at every cell
   * @param launchAreas where the missiles are launched from, at least one
   * @throws IllegalArgumentException if the scenario has no such network or no launch area is given
   */
  public WarningMap(
      Scenario scenario, String networkId, MissileClass missile, List<Place> launchAreas) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.network =
        scenario
            .network(networkId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "scenario " + scenario.name() + " has no network " + networkId));
    this.missile = Objects.requireNonNull(missile, "missile");
    this.launchAreas = List.copyOf(launchAreas);
    if (this.launchAreas.isEmpty()) {
      throw new IllegalArgumentException("a warning map needs at least one launch area");
    }
    List<SatelliteSensor> satellites =
        scenario.satellites().stream()
            .map(
                s ->
                    network.link(s.constellation().id()).isPresent()
                        ? s
                        : new SatelliteSensor(s.constellation(), List.of()))
            .toList();
    this.sensors =
        new Scenario(
            scenario.name(),
            scenario.description(),
            scenario.epoch(),
            List.of(),
            scenario.radars(),
            satellites,
            List.of(network),
            List.of(),
            List.of());
    this.targeting = new Targeting(new MissileFlight(missile.type()));
  }

  /**
   * Computes the map.
   *
   * @param grid the cells whose centres are aimed at
   * @param seed the seed of every random draw
   * @param pool where the missiles are flown and sensed, in parallel
   * @param aimDone called (from any thread) after each missile, for progress
   * @return the warning of every missile
   */
  public WarningMapResult run(Region.Grid grid, long seed, ForkJoinPool pool, Runnable aimDone) {
    int cells = grid.size();
    int areas = launchAreas.size();
    AimWarning[] aims = new AimWarning[areas * cells];
    try {
      pool.submit(
              () ->
                  IntStream.range(0, aims.length)
                      .parallel()
                      .forEach(
                          k -> {
                            aims[k] = aim(launchAreas.get(k / cells), grid.centre(k % cells), seed);
                            aimDone.run();
                          }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing the warning map", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "computing the warning map failed: " + e.getCause(), e.getCause());
    }
    List<List<AimWarning>> byArea = new ArrayList<>(areas);
    for (int a = 0; a < areas; a++) {
      byArea.add(List.of(aims).subList(a * cells, (a + 1) * cells));
    }
    return new WarningMapResult(scenario, network, missile, launchAreas, grid, seed, byArea);
  }

  /**
   * The warning of one missile from a launch area at an aim point, sensed with a seed: what {@link
   * #run} computes for each cell.
   */
  public AimWarning aim(Place launchArea, Geodetic aimPoint, long seed) {
    Trajectory flight;
    try {
      flight =
          targeting
              .aim(
                  launchArea.position(),
                  aimPoint,
                  LAUNCH_TIME_S,
                  new TrajectoryShape.MinimumEnergy())
              .trajectory();
    } catch (OutOfReachException e) {
      return AimWarning.notFlown(AimWarning.Flight.OUT_OF_RANGE);
    } catch (TargetingException e) {
      // A minimum-energy aim fails for one other reason only: the point is too close to aim at.
      return AimWarning.notFlown(AimWarning.Flight.TOO_CLOSE);
    }
    String at =
        String.format(Locale.ROOT, "%.4f,%.4f", aimPoint.latitudeDeg(), aimPoint.longitudeDeg());
    Place target =
        new Place(
            at, at, aimPoint, "point", "a warning map's cell centre", false, "the cell's centre");
    Threat threat =
        new Threat(
            launchArea.id() + "->" + at,
            missile,
            launchArea,
            target,
            new TrajectoryShape.MinimumEnergy(),
            flight);
    Scenario one =
        new Scenario(
            sensors.name(),
            sensors.description(),
            sensors.epoch(),
            List.of(threat),
            sensors.radars(),
            sensors.satellites(),
            sensors.networks(),
            List.of(),
            List.of());
    NetworkWarning warning = new SensingRun(one).run(seed).threats().get(0).networks().get(0);
    double impactS = threat.impactTimeS();
    OptionalDouble detection = AimWarning.warningS(impactS, warning.firstDetectionS());
    return new AimWarning(
        AimWarning.Flight.FLOWN,
        impactS - threat.launchTimeS(),
        detection,
        AimWarning.warningS(impactS, warning.firmTrackS()),
        detection.isPresent() ? warning.firstSensorId() : Optional.empty());
  }
}
