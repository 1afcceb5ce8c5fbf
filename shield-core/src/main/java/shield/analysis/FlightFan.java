package shield.analysis;

import java.util.ArrayList;
import java.util.List;
import shield.earth.GeodesicLeg;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.flight.FlightEvent;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;

/**
 * The minimum-energy flights of one missile from one launch site to the many aim points of a grid,
 * each flown in full by {@link MissileFlight}, at a few flights per aim point instead of the
 * hundred or so of a full {@link Targeting} search.
 *
 * <p><b>Ladder.</b> {@link Targeting} finds the minimum-energy guidance (kick angle and cutoff) to
 * {@value #LADDER_STEPS} aim points spaced evenly in range along one azimuth, from {@value
 * #LADDER_SHORTEST_FRACTION} of the missile's reach on that azimuth to just short of it. The
 * minimum-energy kick angle depends on the range and hardly on the azimuth (the Earth's rotation
 * changes the range a guidance reaches more than the shape of the best trajectory), so an aim point
 * takes the ladder's kick angle at its range, interpolated, and its cutoff as a first guess (or a
 * neighbouring aim point's azimuth offset and cutoff, see {@link #fly}). Off the ladder's azimuth
 * the flight is therefore near, not exactly, the least-energy one (within 1% in flight time and 3%
 * in apogee over Europe from Tabriz, docs/footprint.md).
 *
 * <p><b>Aiming.</b> Then, as in {@link Targeting}'s final polishing: the azimuth follows the impact
 * (corrected by the angle between impact and aim point seen from the site) and the cutoff is moved
 * by secant steps on the range, until the impact is within {@link #AIM_TOLERANCE_M} of the aim
 * point. An aim point is out of range when even a full burn falls short, or even the earliest
 * cutoff overshoots (too close), or the steps do not converge within {@value #MAX_FLIGHTS} flights.
 *
 * <p>Immutable after construction and thread-safe. A flight depends only on its aim point and the
 * neighbour it starts from, never on threads.
 */
public final class FlightFan {

  /** How close to the aim point a flight must land (m): well inside a grid cell. */
  public static final double AIM_TOLERANCE_M = 2_000;

  /**
   * The flight model's step tolerance (m). On the IRBM from Tabriz to Berlin, against a 1 µm
   * reference: 63 steps instead of 82 at 0.2 m, impact 3.6 m off and the position within 10 m all
   * along the flight (0.2 m: 7 m, the interpolation between steps), far inside {@link
   * #AIM_TOLERANCE_M} and the flyout tables' own errors.
   */
  static final double FLIGHT_TOLERANCE_M = 5;

  static final int LADDER_STEPS = 12;

  static final double LADDER_SHORTEST_FRACTION = 0.03;

  /**
   * The longest ladder rung, as a fraction of the reach: the last cutoff is just short of burnout.
   */
  private static final double LADDER_LONGEST_FRACTION = 0.995;

  static final int MAX_FLIGHTS = 8;

  private final MissileFlight flight;
  private final Geodetic site;
  private final double launchTimeS;
  private final double[] rungRangeM;
  private final double[] rungKickRad;
  private final double[] rungCutoffS;
  private final double totalBurnS;
  private final double earliestCutoffS;

  /**
   * Builds the ladder; costs some {@value #LADDER_STEPS} targeting searches (about a second).
   *
   * @param type the missile
   * @param site the launch site
   * @param launchTimeS launch time (s from the scenario epoch)
   * @param ladderAzimuthRad the azimuth of the ladder, best the middle of the aim points' (rad)
   */
  public FlightFan(MissileType type, Geodetic site, double launchTimeS, double ladderAzimuthRad) {
    this.flight = new MissileFlight(type, FLIGHT_TOLERANCE_M);
    this.site = site;
    this.launchTimeS = launchTimeS;
    this.totalBurnS = type.totalBurnTimeS();
    this.earliestCutoffS = type.verticalRiseS() + type.pitchOverS() + 1;
    Targeting targeting = new Targeting(flight);
    double reachM = targeting.reach(site, ladderAzimuthRad, launchTimeS).rangeM();
    List<double[]> rungs = new ArrayList<>();
    for (int i = 0; i < LADDER_STEPS; i++) {
      double fraction =
          LADDER_SHORTEST_FRACTION
              + (LADDER_LONGEST_FRACTION - LADDER_SHORTEST_FRACTION) * i / (LADDER_STEPS - 1);
      Geodetic aim = Geodesy.direct(site, ladderAzimuthRad, fraction * reachM);
      try {
        TargetingSolution s =
            targeting.aim(site, aim, launchTimeS, new TrajectoryShape.MinimumEnergy());
        double rangeM = Geodesy.inverse(site, s.impactPoint()).distanceM();
        if (rungs.isEmpty() || rangeM > rungs.get(rungs.size() - 1)[0]) {
          rungs.add(new double[] {rangeM, s.guidance().kickAngleRad(), s.guidance().cutoffTimeS()});
        }
      } catch (TargetingException e) {
        // A rung too close to aim at, or one that the azimuth's steering pushes out of reach, is
        // left out: the ladder only needs to span the ranges it can.
      }
    }
    if (rungs.size() < 2) {
      throw new IllegalArgumentException(
          type.id() + " could be aimed at fewer than two ranges from its launch site");
    }
    rungRangeM = rungs.stream().mapToDouble(r -> r[0]).toArray();
    rungKickRad = rungs.stream().mapToDouble(r -> r[1]).toArray();
    rungCutoffS = rungs.stream().mapToDouble(r -> r[2]).toArray();
  }

  /** The launch site. */
  public Geodetic site() {
    return site;
  }

  /**
   * A flight the fan found, with the aim point's range and azimuth from the site: a neighbouring
   * aim point's search starts from its guidance.
   *
   * @param trajectory the flight
   * @param guidance the guidance that flew it
   * @param aimRangeM geodesic distance from the site to the aim point (m)
   * @param aimAzimuthRad geodesic azimuth from the site to the aim point (rad)
   */
  public record Flight(
      Trajectory trajectory, Guidance guidance, double aimRangeM, double aimAzimuthRad) {}

  /**
   * The minimum-energy flight to an aim point, or null when the point is out of range (beyond the
   * missile's reach, or closer than it can be aimed).
   *
   * <p>The search starts from the ladder, or from a neighbouring aim point's flight when one is
   * given: its azimuth offset (the Earth's rotation bends every flight of a region alike) and its
   * cutoff moved by the ladder's slope to the new range, which usually lands within a few
   * kilometres at the first flight. The kick angle is the ladder's either way. A search from a
   * neighbour that does not settle is made again from the ladder before the point is called out of
   * range.
   *
   * @param aimPoint the aim point
   * @param near a flight to a nearby aim point, or null
   * @return the flight, landing within {@link #AIM_TOLERANCE_M} of the aim point, or null
   */
  public Flight fly(Geodetic aimPoint, Flight near) {
    GeodesicLeg leg = Geodesy.inverse(site, aimPoint);
    double aimRangeM = leg.distanceM();
    if (aimRangeM < rungRangeM[0]) {
      return null;
    }
    double kickRad = interpolate(rungKickRad, aimRangeM);
    double rangePerCutoffMps = slope(aimRangeM);
    double cutoffS;
    double azimuthRad;
    if (near != null) {
      cutoffS = near.guidance().cutoffTimeS() + (aimRangeM - near.aimRangeM()) / rangePerCutoffMps;
      azimuthRad =
          leg.initialAzimuthRad() + wrap(near.guidance().azimuthRad() - near.aimAzimuthRad());
    } else {
      cutoffS =
          aimRangeM > rungRangeM[rungRangeM.length - 1]
              ? totalBurnS
              : interpolate(rungCutoffS, aimRangeM);
      azimuthRad = leg.initialAzimuthRad();
    }
    cutoffS = Math.max(earliestCutoffS, Math.min(totalBurnS, cutoffS));
    double previousCutoffS = Double.NaN;
    double previousErrM = Double.NaN;
    for (int i = 0; i < MAX_FLIGHTS; i++) {
      Guidance guidance = new Guidance(azimuthRad, kickRad, cutoffS);
      Trajectory t = flight.fly(site, launchTimeS, guidance);
      if (t.event(FlightEvent.Kind.IMPACT).isEmpty()) {
        break;
      }
      Geodetic impact = t.geodeticAt(t.endTimeS());
      if (Geodesy.inverse(impact, aimPoint).distanceM() < AIM_TOLERANCE_M) {
        return new Flight(t, guidance, aimRangeM, leg.initialAzimuthRad());
      }
      GeodesicLeg flown = Geodesy.inverse(site, impact);
      double errM = flown.distanceM() - aimRangeM;
      if (cutoffS >= totalBurnS && errM < 0 || cutoffS <= earliestCutoffS && errM > 0) {
        return null;
      }
      azimuthRad += wrap(leg.initialAzimuthRad() - flown.initialAzimuthRad());
      if (!Double.isNaN(previousCutoffS) && errM != previousErrM && cutoffS != previousCutoffS) {
        rangePerCutoffMps = (errM - previousErrM) / (cutoffS - previousCutoffS);
      }
      previousCutoffS = cutoffS;
      previousErrM = errM;
      cutoffS = Math.max(earliestCutoffS, Math.min(totalBurnS, cutoffS - errM / rangePerCutoffMps));
    }
    // A full burn short of the point, or the earliest cutoff beyond it, is out of range from any
    // start; a search that did not settle may owe it to its neighbour's, so the ladder tries too.
    return near != null ? fly(aimPoint, null) : null;
  }

  /** Linear interpolation in the ladder by range, held at its ends. */
  private double interpolate(double[] values, double rangeM) {
    int n = rungRangeM.length;
    if (rangeM <= rungRangeM[0]) {
      return values[0];
    }
    if (rangeM >= rungRangeM[n - 1]) {
      return values[n - 1];
    }
    int k = 1;
    while (rungRangeM[k] < rangeM) {
      k++;
    }
    double w = (rangeM - rungRangeM[k - 1]) / (rungRangeM[k] - rungRangeM[k - 1]);
    return values[k - 1] + w * (values[k] - values[k - 1]);
  }

  /** The ladder's range gained per second of cutoff near a range (m/s), a first secant slope. */
  private double slope(double rangeM) {
    int n = rungRangeM.length;
    int k = 1;
    while (k < n - 1 && rungRangeM[k] < rangeM) {
      k++;
    }
    double dc = rungCutoffS[k] - rungCutoffS[k - 1];
    return dc > 0 ? (rungRangeM[k] - rungRangeM[k - 1]) / dc : 10_000;
  }

  /** An angle wrapped to (−π, π] (rad). */
  private static double wrap(double angleRad) {
    double a = Math.IEEEremainder(angleRad, 2 * Math.PI);
    return a <= -Math.PI ? a + 2 * Math.PI : a;
  }
}
