package shield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.command.Doctrine;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.engage.EngagementPlanner;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.engage.KillProbability;
import shield.engage.Opportunities;
import shield.engage.Opportunity;
import shield.flight.Trajectory;
import shield.scenario.Battery;
import shield.scenario.FireControl;
import shield.scenario.MissileClass;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.sense.Radar;
import shield.track.TrackerSettings;

/**
 * The defended footprint of a scenario's architecture (its batteries, radars and networks) against
 * one missile from given launch areas, over a grid of aim points: the analysis of the NRC's 2012
 * study <i>Making Sense of Ballistic Missile Defense</i>.
 *
 * <p>For each launch area and cell, the missile flies its minimum-energy trajectory to the cell's
 * centre ({@link FlightFan}); a point it cannot be aimed at is out of range. Each battery then does
 * what the engine's battle manager would do with that one threat:
 *
 * <ul>
 *   <li>its opportunities are those of its {@link EngagementPlanner} (one per battery, one flyout
 *       table per interceptor type), kept, as in {@code shield.sim.RunPlan}, only where its own
 *       radar sees the intercept point unless it engages on remote tracks;
 *   <li>it may fire once the network it fires on holds a firm track ({@link FirmTrackEstimate}; a
 *       battery that fires on its own radar only listens to that radar), launching no sooner than
 *       its reaction time after;
 *   <li>its doctrine then takes shoot–look–shoot steps: the earliest intercept it can launch at,
 *       then, after that intercept's kill assessment, the earliest again, until no opportunity is
 *       left or its inventory is spent. Each step fires one interceptor, or a salvo when the
 *       doctrine is a salvo or when shoot–look–shoot has no second chance (as the battle manager
 *       does), at most as many as the battery has launchers and fire channels.
 * </ul>
 *
 * The cell is engaged when any battery takes a step. Its shot opportunities are the steps of all
 * batteries together and its kill probability 1 − Π(1 − P_k) over their interceptors, P_k from
 * {@link KillProbability#predicted} with the track σ at the tracker's firm threshold (the largest σ
 * a firm track can have). Batteries are counted independently: the battle manager's layering, which
 * decides who shoots first, and inventories shared with other threats are left out, so the counts
 * are what the architecture could do against that one missile.
 *
 * <p>The planners sample only from the firm track plus the reaction time (no launch comes earlier)
 * and while the flight can be within the interceptor's reach, which changes no result.
 *
 * <p>Results do not depend on the number of threads: each row of cells of a launch area is computed
 * alone, west to east (each cell's flight search starts from its western neighbour's), from shared
 * immutable pieces.
 */
public final class Footprint {

  /** Launch time of every flight (s from the scenario epoch). */
  private static final double LAUNCH_TIME_S = 0;

  /** Sampling of a flight when checking whether it comes near a battery at all (s). */
  private static final double CULL_STEP_S = 5;

  /** The fastest a threat moves (m/s), for the cull's margin over a half step. */
  private static final double CULL_SPEED_MPS = 8_000;

  private final Scenario scenario;
  private final MissileClass missile;
  private final List<Place> launchAreas;
  private final Region.Grid grid;
  private final double killThreshold;
  private final List<Battery> batteries;
  private final EngagementPlanner[] planners;
  private final Radar[] guides;
  private final int[] batteryNetwork;
  private final Vector3D[] siteEcef;
  private final double[] cullCos;
  private final FirmTrackEstimate firm;
  private final double trackSigmaM;

  /**
   * Prepares the analysis: planners and flyout tables, and the networks the batteries fire on.
   *
   * @param scenario the architecture; its threats are not used
   * @param missile the missile flown to every cell
   * @param launchAreas where it is launched from, at least one
   * @param grid the aim points
   * @param killThreshold the kill probability the kill area asks for, in [0, 1]
   */
  public Footprint(
      Scenario scenario,
      MissileClass missile,
      List<Place> launchAreas,
      Region.Grid grid,
      double killThreshold) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.missile = Objects.requireNonNull(missile, "missile");
    this.launchAreas = List.copyOf(launchAreas);
    this.grid = Objects.requireNonNull(grid, "grid");
    if (this.launchAreas.isEmpty()) {
      throw new IllegalArgumentException("a footprint needs at least one launch area");
    }
    if (!(killThreshold >= 0 && killThreshold <= 1)) {
      throw new IllegalArgumentException(
          "the kill threshold must be in [0, 1], got " + killThreshold);
    }
    this.killThreshold = killThreshold;
    this.batteries = scenario.batteries();
    int nb = batteries.size();
    List<Network> networks = scenario.firingNetworks();
    Map<InterceptorType, Flyout> flyouts = new HashMap<>();
    planners = new EngagementPlanner[nb];
    guides = new Radar[nb];
    batteryNetwork = new int[nb];
    siteEcef = new Vector3D[nb];
    cullCos = new double[nb];
    for (int b = 0; b < nb; b++) {
      Battery battery = batteries.get(b);
      InterceptorType type = battery.type();
      Flyout flyout = flyouts.computeIfAbsent(type, Flyout::of);
      planners[b] = new EngagementPlanner(battery.site().position(), flyout);
      siteEcef[b] = Wgs84.toEcef(battery.site().position());
      // The planner measures ground range from where the site was at launch, up to ωR·T away.
      double marginM =
          Wgs84.ROTATION_RATE_RAD_S * Wgs84.EQUATORIAL_RADIUS_M * type.maxTimeOfFlightS()
              + CULL_SPEED_MPS * CULL_STEP_S;
      cullCos[b] =
          Math.cos(Math.min(Math.PI, (type.maxGroundRangeM() + marginM) / Flyout.LAUNCH_RADIUS_M));
      if (battery.fireControl() != FireControl.ENGAGE_ON_REMOTE) {
        String radarId = battery.radarId().orElseThrow();
        guides[b] =
            scenario.radars().stream()
                .filter(r -> r.id().equals(radarId))
                .findFirst()
                .orElseThrow();
      }
      batteryNetwork[b] = networks.indexOf(scenario.firingNetwork(battery));
    }
    TrackerSettings tracker = TrackerSettings.defaults();
    this.firm = new FirmTrackEstimate(scenario, networks, tracker);
    this.trackSigmaM = tracker.firmSigmaM();
  }

  /**
   * Runs every launch area and cell.
   *
   * @param threads worker threads, at least 1
   * @param progress called once per (launch area, cell) done, from any thread; may be null
   * @return the footprint
   */
  public FootprintResult run(int threads, Runnable progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    int na = launchAreas.size();
    int nc = grid.size();
    Geodetic middle =
        Geodetic.ofDegrees(
            0.5 * (grid.region().southDeg() + grid.region().northDeg()),
            grid.longitudeDeg(grid.columns() / 2),
            0);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      FlightFan[] fans =
          pool.submit(
                  () ->
                      IntStream.range(0, na)
                          .parallel()
                          .mapToObj(
                              a -> {
                                Geodetic site = launchAreas.get(a).position();
                                double azimuthRad =
                                    Geodesy.inverse(site, middle).initialAzimuthRad();
                                return new FlightFan(
                                    missile.type(), site, LAUNCH_TIME_S, azimuthRad);
                              })
                          .toArray(FlightFan[]::new))
              .get();
      // One task per launch area and row, west to east, each cell's search starting from its
      // western neighbour's flight: the same outcomes whatever the threads.
      int rows = grid.rows();
      int columns = grid.columns();
      FootprintResult.CellOutcome[] outcomes = new FootprintResult.CellOutcome[na * nc];
      pool.submit(
              () ->
                  IntStream.range(0, na * rows)
                      .parallel()
                      .forEach(
                          task -> {
                            int a = task / rows;
                            int row = task % rows;
                            FlightFan.Flight near = null;
                            for (int column = 0; column < columns; column++) {
                              int cell = grid.index(row, column);
                              FlightFan.Flight f = fans[a].fly(grid.centre(cell), near);
                              outcomes[a * nc + cell] =
                                  f == null
                                      ? FootprintResult.CellOutcome.OUT_OF_RANGE
                                      : engage(f.trajectory());
                              near = f != null ? f : near;
                              if (progress != null) {
                                progress.run();
                              }
                            }
                          }))
          .get();
      List<FootprintResult.AreaResult> areas = new ArrayList<>(na);
      for (int a = 0; a < na; a++) {
        areas.add(
            new FootprintResult.AreaResult(
                launchAreas.get(a), Arrays.asList(outcomes).subList(a * nc, (a + 1) * nc)));
      }
      return new FootprintResult(scenario.name(), missile.id(), grid, killThreshold, areas);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing the footprint", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the footprint failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** What the batteries can do against one flight. */
  FootprintResult.CellOutcome engage(Trajectory flight) {
    double[] radarFirmS = null;
    int steps = 0;
    int interceptors = 0;
    int engaging = 0;
    double survival = 1;
    for (int b = 0; b < batteries.size(); b++) {
      Battery battery = batteries.get(b);
      double[] near = battery.inventory() == 0 ? null : nearWindow(b, flight);
      if (near == null) {
        continue;
      }
      if (radarFirmS == null) {
        radarFirmS = firm.radarFirmTimesS(flight, missile.signature());
      }
      double firmS = firm.networkFirmS(batteryNetwork[b], radarFirmS);
      if (Double.isNaN(firmS)) {
        continue;
      }
      double reactionS = battery.type().reactionTimeS();
      // No launch before the firm track and the reaction time, so no intercept either.
      Opportunities opportunities =
          opportunities(b, flight, Math.max(near[0], firmS + reactionS), near[1]);
      if (opportunities.isEmpty()) {
        continue;
      }
      Doctrine doctrine = battery.doctrine();
      int salvoLimit = Math.min(battery.launchers(), battery.fireChannels());
      int rounds = battery.inventory();
      int batterySteps = 0;
      Opportunity o = opportunities.first(firmS + reactionS, firmS);
      while (o != null && rounds > 0) {
        double assessedS = o.interceptS() + doctrine.killAssessmentDelayS();
        Opportunity next = opportunities.first(assessedS + reactionS, assessedS);
        int fired =
            switch (doctrine.policy()) {
              case SINGLE -> 1;
              case SALVO -> doctrine.salvoSize();
              case SHOOT_LOOK_SHOOT -> next != null ? 1 : doctrine.salvoSize();
            };
        fired = Math.min(fired, Math.min(rounds, salvoLimit));
        double pk = KillProbability.predicted(battery.type(), o, trackSigmaM);
        survival *= Math.pow(1 - pk, fired);
        interceptors += fired;
        rounds -= fired;
        batterySteps++;
        o = next;
      }
      steps += batterySteps;
      engaging += batterySteps > 0 ? 1 : 0;
    }
    double flightTimeS = flight.endTimeS() - flight.startTimeS();
    return new FootprintResult.CellOutcome(
        engaging > 0 ? FootprintResult.Status.ENGAGED : FootprintResult.Status.NOT_ENGAGED,
        flightTimeS,
        steps,
        interceptors,
        engaging,
        1 - survival);
  }

  /**
   * When a flight can be within a battery's reach: from its first to its last sample within the
   * interceptor's ground range (plus the site's rotation over a flyout and a half step's flight)
   * and altitudes, widened by a step each side; null if it never is. The planner finds nothing
   * outside this window, so sampling only inside it changes no result and saves most of the work.
   */
  private double[] nearWindow(int b, Trajectory flight) {
    InterceptorType type = batteries.get(b).type();
    double marginM = CULL_SPEED_MPS * CULL_STEP_S;
    double lowM = type.minInterceptAltitudeM() - marginM;
    double highM = type.maxInterceptAltitudeM() + marginM;
    Vector3D site = siteEcef[b];
    double siteNorm = site.getNorm();
    double[] pv = new double[6];
    double firstS = Double.NaN;
    double lastS = Double.NaN;
    for (double t = flight.startTimeS(); ; t += CULL_STEP_S) {
      double at = Math.min(t, flight.endTimeS());
      flight.stateEcef(at, pv);
      double norm = Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2]);
      double cos =
          (pv[0] * site.getX() + pv[1] * site.getY() + pv[2] * site.getZ()) / (norm * siteNorm);
      if (cos >= cullCos[b]) {
        double heightM = Wgs84.heightM(pv[0], pv[1], pv[2]);
        if (heightM >= lowM && heightM <= highM) {
          firstS = Double.isNaN(firstS) ? at : firstS;
          lastS = at;
        }
      }
      if (at >= flight.endTimeS()) {
        break;
      }
    }
    return Double.isNaN(firstS) ? null : new double[] {firstS - CULL_STEP_S, lastS + CULL_STEP_S};
  }

  /**
   * A battery's opportunities with intercepts in a window, kept where its own radar sees the
   * intercept if it guides with it.
   */
  private Opportunities opportunities(int b, Trajectory flight, double fromS, double toS) {
    Opportunities planned = planners[b].plan(flight, fromS, toS);
    if (guides[b] == null) {
      return planned;
    }
    Radar guide = guides[b];
    return new Opportunities(
        planned.all().stream().filter(o -> guide.canSee(o.interceptPointEcef())).toList());
  }
}
