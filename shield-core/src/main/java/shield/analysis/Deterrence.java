package shield.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import shield.earth.Geodetic;
import shield.engage.EngagementPlanner;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.engage.Opportunity;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.Threat;
import shield.sim.NetworkWarning;

/**
 * Whether interceptors at a site could catch a missile on its way, as a function of their burnout
 * speed: the analysis of Wilkening (2012, "Does missile defence in Europe threaten Russia?") and of
 * the 2007 exchange over the interceptor planned for Poland (MDA's 5.4 km/s against Postol's
 * 7.7–8.3 km/s).
 *
 * <p><b>Model.</b> The interceptor type is flown at each burnout speed with every stage's speed
 * scaled alike and the burn times kept ({@link InterceptorType#withBurnoutSpeedMps}); its flyout
 * table ({@link Flyout}) and the engagement planner ({@link EngagementPlanner}) give every feasible
 * intercept along the missile's flight. An intercept counts only if its launch comes no earlier
 * than the launch cue at the defence's node plus the type's reaction time: the first firm track
 * from the engine's sensing ({@link TrackSource}), or, as a bound of kinematics alone, the first
 * detection ({@link LaunchOn}).
 *
 * <p><b>Kinematic envelope.</b> A catalog type's maximum ground range, maximum time of flight and
 * ceiling bound the battle space of that type at its own speed (seeker range, kill-vehicle
 * batteries), and a faster booster would push them out. The question here is kinematic reach, so
 * every speed is flown in one envelope: ground range up to {@link #MAX_GROUND_RANGE_M}, time of
 * flight up to {@link #MAX_TIME_OF_FLIGHT_S} and ceiling {@link #CEILING_M} (or the type's own if
 * higher); the type's floor (100 km for the exo-atmospheric kill vehicles) and reaction time are
 * kept. One envelope for all speeds keeps the tables alike, so that a faster interceptor is never
 * judged on a coarser table.
 *
 * <p><b>Results.</b> The intercept window is the span of intercept times of the counted intercepts,
 * sampled every {@link EngagementPlanner#SAMPLE_STEP_S}; the altitudes are their lowest and
 * highest. The threshold speed is the lowest feasible speed of the grid, refined by bisection
 * between it and the grid speed below it to {@link #THRESHOLD_RESOLUTION_MPS}.
 *
 * <p>Flyout tables are built once per type and speed and shared by every call (each costs as much
 * as 30 to 50 planning passes; see docs/parts/deterrence-performance.md); thread-safe.
 */
public final class Deterrence {

  /** Greatest ground range of an intercept in the envelope (m): the catalog GBI's, the widest. */
  public static final double MAX_GROUND_RANGE_M = 5_000e3;

  /**
   * Longest interceptor flight in the envelope (s): as the catalog's SM-3 IIB. Building a table
   * costs in proportion to it. The intercepts that decide the thresholds from Redzikowo take a few
   * hundred seconds; the tail chases from Deveselu take 650 to 1,000 s, yet the built-in table came
   * out the same, cell for cell, with a 1,500 s envelope. The late ends of the windows at high
   * speeds are cut by it.
   */
  public static final double MAX_TIME_OF_FLIGHT_S = 1_000;

  /** Ceiling of the envelope (m): the catalog GBI's, above any ICBM apogee Shield flies. */
  public static final double CEILING_M = 2_000e3;

  /** Width to which the threshold speed is bisected (m/s). */
  public static final double THRESHOLD_RESOLUTION_MPS = 50;

  /** The default grid of burnout speeds (m/s): 3 to 9 km/s in steps of 0.5 km/s. */
  public static final List<Double> DEFAULT_SPEEDS_MPS =
      IntStream.rangeClosed(0, 12).mapToObj(i -> 3000.0 + 500.0 * i).toList();

  /** What lets the interceptors launch. */
  public enum LaunchOn {
    /** The first firm (fire-control quality) track at the node: the engine's rule, the default. */
    FIRM_TRACK,
    /**
     * The first report of any sensor at the node, even a satellite's launch report: no fire control
     * could launch on it, so this is the bound of kinematics alone.
     */
    DETECTION;

    /** The time this cue came at the node (s); NaN if it never did. */
    public double timeS(NetworkWarning warning) {
      OptionalDouble t = this == FIRM_TRACK ? warning.firmTrackS() : warning.firstDetectionS();
      return t.orElse(Double.NaN);
    }
  }

  private final ConcurrentMap<InterceptorType, CompletableFuture<Flyout>> flyouts =
      new ConcurrentHashMap<>();

  /**
   * What a type at one burnout speed could do against a missile.
   *
   * @param speedMps burnout speed (m/s)
   * @param feasible whether any intercept counts
   * @param firstInterceptS earliest counted intercept (s on the missile's clock); NaN if none
   * @param lastInterceptS latest counted intercept (s); NaN if none
   * @param firstLaunchS earliest launch of a counted intercept (s); NaN if none
   * @param lastLaunchS latest launch of a counted intercept (s); NaN if none
   * @param minAltitudeM lowest counted intercept above the ellipsoid (m); NaN if none
   * @param maxAltitudeM highest counted intercept (m); NaN if none
   */
  public record SpeedOutcome(
      double speedMps,
      boolean feasible,
      double firstInterceptS,
      double lastInterceptS,
      double firstLaunchS,
      double lastLaunchS,
      double minAltitudeM,
      double maxAltitudeM) {

    /** The intercept window, from the first to the last counted intercept (s); NaN if none. */
    public double windowS() {
      return lastInterceptS - firstInterceptS;
    }
  }

  /**
   * The lowest burnout speed that catches the missile.
   *
   * @param status whether it was found inside the grid
   * @param speedMps the threshold (m/s): the lowest feasible speed found; NaN if none in the grid
   * @param belowMps the highest speed known infeasible below it (m/s): the grid's highest if no
   *     speed is feasible; NaN if the grid's lowest is feasible
   */
  public record Threshold(Status status, double speedMps, double belowMps) {

    /** Where the threshold lies relative to the grid. */
    public enum Status {
      /** Between two speeds of the grid, bisected. */
      FOUND,
      /** At or below the grid's lowest speed, which is feasible. */
      AT_OR_BELOW_GRID,
      /** Above the grid's highest speed: no speed of the grid is feasible. */
      ABOVE_GRID
    }
  }

  /**
   * A speed sweep of one interceptor type at one site against one missile.
   *
   * @param type the type as the catalog gives it
   * @param launchNotBeforeS earliest launch (s on the missile's clock): the launch cue (first firm
   *     track, or first detection) plus the type's reaction time; +∞ if the cue never came
   * @param speeds one outcome per grid speed, in grid order
   * @param threshold the threshold speed
   */
  public record Sweep(
      InterceptorType type,
      double launchNotBeforeS,
      List<SpeedOutcome> speeds,
      Threshold threshold) {

    public Sweep {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(threshold, "threshold");
      speeds = List.copyOf(speeds);
    }
  }

  /**
   * One case of the analysis: its inputs, what the sensors saw, and the sweep.
   *
   * @param site the interceptor site
   * @param missile the missile and its flight, launched at time 0
   * @param sensors the sensors, in words
   * @param launchOn what lets the interceptors launch
   * @param warning what the sensors' network knew of the missile, and when
   * @param sweep the speed sweep
   */
  public record Case(
      Place site,
      Threat missile,
      String sensors,
      LaunchOn launchOn,
      NetworkWarning warning,
      Sweep sweep) {

    public Case {
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(missile, "missile");
      Objects.requireNonNull(sensors, "sensors");
      Objects.requireNonNull(launchOn, "launchOn");
      Objects.requireNonNull(warning, "warning");
      Objects.requireNonNull(sweep, "sweep");
    }
  }

  /**
   * Runs one case: the sensing over the missile, then the sweep from the launch cue.
   *
   * @param site the interceptor site
   * @param type the catalog interceptor type
   * @param missile the missile, launched at time 0
   * @param sensors the sensors and their network
   * @param launchOn what lets the interceptors launch
   * @param seed the seed of the sensing's random draws
   * @param speedsMps the grid (m/s), increasing, at least one
   */
  public Case run(
      Place site,
      InterceptorType type,
      Threat missile,
      TrackSource sensors,
      LaunchOn launchOn,
      long seed,
      List<Double> speedsMps) {
    NetworkWarning warning = sensors.warning(missile, seed);
    return new Case(
        site,
        missile,
        sensors.description(),
        launchOn,
        warning,
        sweep(site.position(), type, missile.trajectory(), launchOn.timeS(warning), speedsMps));
  }

  /**
   * Flies a missile from a place at a place on its minimum-energy trajectory, launched at time 0.
   *
   * @param missile the missile class
   * @param from the launch place
   * @param to the aim point; the impact is on the ellipsoid beneath it
   * @throws TargetingException if the missile cannot reach the aim point
   */
  public static Threat missile(MissileClass missile, Place from, Place to)
      throws TargetingException {
    Geodetic aim = to.position().withHeightM(0);
    Trajectory flight =
        new Targeting(new MissileFlight(missile.type()))
            .aim(from.position(), aim, 0, new TrajectoryShape.MinimumEnergy())
            .trajectory();
    return new Threat(
        missile.id() + ":" + from.id() + "->" + to.id(),
        missile,
        from,
        to,
        new TrajectoryShape.MinimumEnergy(),
        flight);
  }

  /**
   * A type at another burnout speed, in the kinematic envelope (see the class comment).
   *
   * @param type the catalog type
   * @param speedMps the burnout speed (m/s), positive
   */
  public static InterceptorType atSpeed(InterceptorType type, double speedMps) {
    InterceptorType scaled = type.withBurnoutSpeedMps(speedMps);
    return new InterceptorType(
        scaled.id(),
        scaled.name(),
        scaled.stages(),
        scaled.divertMps(),
        scaled.minInterceptAltitudeM(),
        Math.max(CEILING_M, scaled.maxInterceptAltitudeM()),
        MAX_GROUND_RANGE_M,
        MAX_TIME_OF_FLIGHT_S,
        scaled.singleShotKillProbability(),
        scaled.reactionTimeS(),
        scaled.layer(),
        scaled.source(),
        scaled.notional());
  }

  /**
   * The flyout table of a type at a burnout speed in the envelope, built on first use and shared. A
   * second caller asking for a table being built waits for it; in a fork-join pool the wait is a
   * managed block ({@link CompletableFuture#join}), so the pool keeps its cores busy meanwhile.
   */
  public Flyout flyout(InterceptorType type, double speedMps) {
    InterceptorType flown = atSpeed(type, speedMps);
    CompletableFuture<Flyout> mine = new CompletableFuture<>();
    CompletableFuture<Flyout> existing = flyouts.putIfAbsent(flown, mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      mine.complete(Flyout.of(flown));
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  /**
   * What a type at one burnout speed at a site could do against a missile.
   *
   * @param site the launcher
   * @param type the catalog type
   * @param missile the missile's flight
   * @param launchNotBeforeS earliest launch (s on the missile's clock)
   * @param speedMps burnout speed (m/s)
   */
  public SpeedOutcome outcome(
      Geodetic site,
      InterceptorType type,
      Trajectory missile,
      double launchNotBeforeS,
      double speedMps) {
    if (launchNotBeforeS == Double.POSITIVE_INFINITY) {
      return none(speedMps);
    }
    List<Opportunity> counted = new ArrayList<>();
    for (Opportunity o : new EngagementPlanner(site, flyout(type, speedMps)).plan(missile).all()) {
      if (o.launchS() >= launchNotBeforeS) {
        counted.add(o);
      }
    }
    if (counted.isEmpty()) {
      return none(speedMps);
    }
    double firstLaunch = Double.POSITIVE_INFINITY;
    double lastLaunch = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Opportunity o : counted) {
      firstLaunch = Math.min(firstLaunch, o.launchS());
      lastLaunch = Math.max(lastLaunch, o.launchS());
      low = Math.min(low, o.interceptAltitudeM());
      high = Math.max(high, o.interceptAltitudeM());
    }
    return new SpeedOutcome(
        speedMps,
        true,
        counted.get(0).interceptS(),
        counted.get(counted.size() - 1).interceptS(),
        firstLaunch,
        lastLaunch,
        low,
        high);
  }

  /**
   * Sweeps the burnout speed of a type at a site against a missile: every grid speed (in parallel),
   * then the threshold.
   *
   * @param site the launcher
   * @param type the catalog type
   * @param missile the missile's flight
   * @param cueS the launch cue at the defence's node, first firm track or first detection (s on the
   *     missile's clock); NaN if it never came
   * @param speedsMps the grid (m/s), increasing, at least one
   */
  public Sweep sweep(
      Geodetic site,
      InterceptorType type,
      Trajectory missile,
      double cueS,
      List<Double> speedsMps) {
    if (speedsMps.isEmpty()) {
      throw new IllegalArgumentException("the speed grid needs at least one speed");
    }
    for (int i = 1; i < speedsMps.size(); i++) {
      if (!(speedsMps.get(i) > speedsMps.get(i - 1))) {
        throw new IllegalArgumentException("the speed grid must increase, got " + speedsMps);
      }
    }
    double notBeforeS = launchNotBeforeS(type, cueS);
    List<SpeedOutcome> outcomes =
        speedsMps.parallelStream().map(v -> outcome(site, type, missile, notBeforeS, v)).toList();
    return new Sweep(
        type, notBeforeS, outcomes, threshold(site, type, missile, notBeforeS, outcomes));
  }

  /**
   * The earliest launch: the launch cue plus the type's reaction time (s); +∞ if the cue never came
   * (NaN).
   */
  public static double launchNotBeforeS(InterceptorType type, double cueS) {
    return Double.isNaN(cueS) ? Double.POSITIVE_INFINITY : cueS + type.reactionTimeS();
  }

  /**
   * The threshold from a grid's outcomes: the lowest feasible grid speed, bisected down toward the
   * grid speed below it.
   */
  public Threshold threshold(
      Geodetic site,
      InterceptorType type,
      Trajectory missile,
      double launchNotBeforeS,
      List<SpeedOutcome> grid) {
    int first = -1;
    for (int i = 0; i < grid.size() && first < 0; i++) {
      if (grid.get(i).feasible()) {
        first = i;
      }
    }
    if (first < 0) {
      return new Threshold(
          Threshold.Status.ABOVE_GRID, Double.NaN, grid.get(grid.size() - 1).speedMps());
    }
    if (first == 0) {
      return new Threshold(Threshold.Status.AT_OR_BELOW_GRID, grid.get(0).speedMps(), Double.NaN);
    }
    return bisect(
        site,
        type,
        missile,
        launchNotBeforeS,
        grid.get(first - 1).speedMps(),
        grid.get(first).speedMps(),
        THRESHOLD_RESOLUTION_MPS);
  }

  /**
   * The threshold found by flying as few grid speeds as the answer needs, taking feasibility to be
   * monotone in speed (as the tests check): the grid's highest speed, then a binary search for the
   * lowest feasible one, then the bisection below it. It equals {@link #threshold} on a full sweep
   * whenever the grid's outcomes are monotone; the built-in table uses it.
   *
   * @param speedsMps the grid (m/s), increasing, at least one
   * @param resolutionMps width to which the threshold is bisected (m/s), positive
   */
  public Threshold searchThreshold(
      Geodetic site,
      InterceptorType type,
      Trajectory missile,
      double launchNotBeforeS,
      List<Double> speedsMps,
      double resolutionMps) {
    int n = speedsMps.size();
    if (!outcome(site, type, missile, launchNotBeforeS, speedsMps.get(n - 1)).feasible()) {
      return new Threshold(Threshold.Status.ABOVE_GRID, Double.NaN, speedsMps.get(n - 1));
    }
    // Invariant: every grid speed at or below lo is infeasible (lo = −1: none known), hi feasible.
    int lo = -1;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (outcome(site, type, missile, launchNotBeforeS, speedsMps.get(mid)).feasible()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    if (lo < 0) {
      return new Threshold(Threshold.Status.AT_OR_BELOW_GRID, speedsMps.get(0), Double.NaN);
    }
    return bisect(
        site, type, missile, launchNotBeforeS, speedsMps.get(lo), speedsMps.get(hi), resolutionMps);
  }

  /**
   * Bisects between an infeasible and a feasible speed on a lattice of resolution steps from the
   * infeasible one, so that neighbouring rows of a table fly the same speeds and share their flyout
   * tables.
   */
  private Threshold bisect(
      Geodetic site,
      InterceptorType type,
      Trajectory missile,
      double launchNotBeforeS,
      double infeasibleMps,
      double feasibleMps,
      double resolutionMps) {
    double lo = infeasibleMps;
    double hi = feasibleMps;
    while (hi - lo > resolutionMps + 1e-9) {
      double steps = Math.max(1, Math.floor((hi - lo) / (2 * resolutionMps) + 1e-9));
      double mid = lo + resolutionMps * steps;
      if (outcome(site, type, missile, launchNotBeforeS, mid).feasible()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new Threshold(Threshold.Status.FOUND, hi, lo);
  }

  private static SpeedOutcome none(double speedMps) {
    return new SpeedOutcome(
        speedMps, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }
}
