package shield.engage;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import shield.earth.Wgs84;

/**
 * An independent oracle for the flyout: the same interceptor model (vertical rise, prescribed-speed
 * gravity turn, coast under μ) in Cartesian coordinates of an inertial frame, integrated by
 * Hipparchus's Dormand–Prince 8(5,3) at 1e-9 relative tolerance, with crossings of given radii
 * found on its dense output. Unlike {@link Flyout} it shares no code with the table: other
 * coordinates, another integrator, another way of finding crossings.
 */
final class DirectFlyout {

  private static final double MU = Wgs84.MU_M3_S2;

  /**
   * Longest step (s): short enough that r is monotonic over a step, even near an apogee, so that a
   * crossing shows as a change of side between the step's ends.
   */
  private static final double MAX_STEP_S = 1;

  /** A bisection that ends farther than this from the target (m) hit a jump, not a root. */
  private static final double ROOT_TOLERANCE_M = 1;

  private final InterceptorType type;

  DirectFlyout(InterceptorType type) {
    this.type = type;
  }

  /** A crossing of a radius: time after launch (s), position (m) and velocity (m/s), inertial. */
  record Crossing(double timeS, Vector3D position, Vector3D velocity) {}

  /** What one flight found: per target radius, its first crossing going up and going down. */
  record Flight(Crossing[] up, Crossing[] down, ODEStateAndDerivative end) {}

  /**
   * Flies one launch elevation.
   *
   * @param launch launch position (m), inertial
   * @param downrange unit horizontal direction of the flight at the launch
   * @param elevationRad flight-path angle after the pitch-over (rad)
   * @param radiiM radii whose crossings to find (m)
   * @param endS time after launch to stop (s)
   */
  Flight fly(
      Vector3D launch, Vector3D downrange, double elevationRad, double[] radiiM, double endS) {
    Crossing[] up = new Crossing[radiiM.length];
    Crossing[] down = new Crossing[radiiM.length];
    Vector3D u = launch.normalize();
    List<InterceptorType.Stage> stages = type.stages();
    double firstAccel = stages.get(0).burnoutSpeedMps() / stages.get(0).burnTimeS();
    double riseS = Math.min(Flyout.VERTICAL_RISE_S, 0.5 * stages.get(0).burnTimeS());
    double speed = firstAccel * riseS;
    Vector3D r = u.scalarMultiply(launch.getNorm() + 0.5 * firstAccel * riseS * riseS);
    Vector3D v =
        new Vector3D(speed * Math.sin(elevationRad), u, speed * Math.cos(elevationRad), downrange);
    double[] y = {r.getX(), r.getY(), r.getZ(), v.getX(), v.getY(), v.getZ()};
    double t = riseS;
    double previousSpeed = 0;
    double stageEnd = 0;
    ODEStateAndDerivative last = null;
    // A flight that has gone below the launcher's sphere has hit the ground: nothing after counts.
    boolean[] grounded = {false};
    double ground = launch.getNorm();
    for (int s = 0; s <= stages.size() && t < endS; s++) {
      double accel;
      double segmentEnd;
      if (s < stages.size()) {
        stageEnd += stages.get(s).burnTimeS();
        accel = (stages.get(s).burnoutSpeedMps() - previousSpeed) / stages.get(s).burnTimeS();
        previousSpeed = stages.get(s).burnoutSpeedMps();
        segmentEnd = Math.min(stageEnd, endS);
      } else {
        accel = 0;
        segmentEnd = endS;
      }
      DormandPrince853Integrator integrator =
          new DormandPrince853Integrator(1e-6, MAX_STEP_S, 1e-9, 1e-9);
      integrator.addStepHandler(
          interpolator -> {
            if (!grounded[0]) {
              findCrossings(interpolator, radiiM, up, down);
              grounded[0] = radius(interpolator.getCurrentState().getPrimaryState()) < ground;
            }
          });
      last = integrator.integrate(equations(accel), new ODEState(t, y), segmentEnd);
      y = last.getPrimaryState().clone();
      t = segmentEnd;
    }
    return new Flight(up, down, last);
  }

  private static void findCrossings(
      ODEStateInterpolator step, double[] radiiM, Crossing[] up, Crossing[] down) {
    double t0 = step.getPreviousState().getTime();
    double t1 = step.getCurrentState().getTime();
    double r0 = radius(step.getPreviousState().getPrimaryState());
    double r1 = radius(step.getCurrentState().getPrimaryState());
    for (int i = 0; i < radiiM.length; i++) {
      double rc = radiiM[i];
      boolean rising = r0 <= rc && rc < r1;
      boolean falling = r1 < rc && rc <= r0;
      if ((rising && up[i] == null) || (falling && down[i] == null)) {
        // r is monotonic over a step this short next to the flight: bisect on the dense output.
        double lo = t0;
        double hi = t1;
        for (int k = 0; k < 60; k++) {
          double mid = 0.5 * (lo + hi);
          double rm = radius(step.getInterpolatedState(mid).getPrimaryState());
          if ((rm < rc) == rising) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        double[] s = step.getInterpolatedState(0.5 * (lo + hi)).getPrimaryState();
        Crossing c =
            new Crossing(
                0.5 * (lo + hi), new Vector3D(s[0], s[1], s[2]), new Vector3D(s[3], s[4], s[5]));
        if (rising) {
          up[i] = c;
        } else {
          down[i] = c;
        }
      }
    }
  }

  private static double radius(double[] y) {
    return Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
  }

  /**
   * r'' = g + a v̂ − (g·v̂) v̂ while burning (the speed grows at a, gravity only turns the path);
   * r'' = g when coasting (a = 0 passed with {@code burning} false).
   */
  private static OrdinaryDifferentialEquation equations(double accel) {
    boolean burning = accel != 0;
    return new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 6;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        double r = radius(y);
        double k = -MU / (r * r * r);
        double gx = k * y[0];
        double gy = k * y[1];
        double gz = k * y[2];
        double ax = gx;
        double ay = gy;
        double az = gz;
        if (burning) {
          double v = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
          double ux = y[3] / v;
          double uy = y[4] / v;
          double uz = y[5] / v;
          double along = accel - (gx * ux + gy * uy + gz * uz);
          ax += along * ux;
          ay += along * uy;
          az += along * uz;
        }
        return new double[] {y[3], y[4], y[5], ax, ay, az};
      }
    };
  }

  /** The shortest direct flight to a point: its launch elevation and its time of flight. */
  record Solution(double elevationRad, double timeOfFlightS) {}

  /**
   * Finds the shortest flight from a launch point to a target point by a scan of launch elevations
   * every {@link #SCAN_STEP_RAD} from the vertical down, then a bisection on every bracket of the
   * crossing angle, on the way up and on the way down.
   *
   * @param launch launch position (m), inertial
   * @param target target position (m), same frame, above the launch sphere
   * @return the shortest flight within the type's maximum time of flight, or null if none
   */
  Solution solve(Vector3D launch, Vector3D target) {
    Vector3D u = launch.normalize();
    Vector3D downrange = target.subtract(u.scalarMultiply(target.dotProduct(u))).normalize();
    double psi = Vector3D.angle(launch, target);
    double[] radius = {target.getNorm()};
    double endS = type.maxTimeOfFlightS();
    Solution best = null;
    double previousElevation = Double.NaN;
    Crossing[] previous = null;
    for (double e = Math.PI / 2; e > 0; e -= SCAN_STEP_RAD) {
      Flight f = fly(launch, downrange, e, radius, endS);
      Crossing[] now = {f.up()[0], f.down()[0]};
      if (previous != null) {
        for (int b = 0; b < 2; b++) {
          if (previous[b] == null) {
            continue;
          }
          double sHigh = Math.signum(angle(launch, previous[b]) - psi);
          // A lower elevation that no longer crosses may hide a root under the apogee: try it.
          if (now[b] != null && Math.signum(angle(launch, now[b]) - psi) == sHigh) {
            continue;
          }
          Solution s = bisect(launch, downrange, target, previousElevation, e, b, sHigh);
          if (s != null && (best == null || s.timeOfFlightS() < best.timeOfFlightS())) {
            best = s;
          }
        }
      }
      previous = now;
      previousElevation = e;
    }
    return best;
  }

  /** Launch-elevation spacing of the oracle's scan (rad). */
  static final double SCAN_STEP_RAD = Math.toRadians(0.5);

  private Solution bisect(
      Vector3D launch,
      Vector3D downrange,
      Vector3D target,
      double highRad,
      double lowRad,
      int branch,
      double signHigh) {
    double psi = Vector3D.angle(launch, target);
    double[] radius = {target.getNorm()};
    Crossing c = null;
    double hi = highRad;
    double lo = lowRad;
    for (int k = 0; k < 45; k++) {
      double mid = 0.5 * (hi + lo);
      Flight f = fly(launch, downrange, mid, radius, type.maxTimeOfFlightS());
      Crossing m = branch == 0 ? f.up()[0] : f.down()[0];
      if (m == null) {
        lo = mid;
        continue;
      }
      c = m;
      if (Math.signum(angle(launch, m) - psi) == signHigh) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    if (c == null || Math.abs(angle(launch, c) - psi) * launch.getNorm() > ROOT_TOLERANCE_M) {
      return null;
    }
    return new Solution(0.5 * (hi + lo), c.timeS());
  }

  /** Position at a time after launch on the flight of one elevation (m, inertial). */
  Vector3D positionAt(Vector3D launch, Vector3D target, double elevationRad, double timeS) {
    Vector3D u = launch.normalize();
    Vector3D downrange = target.subtract(u.scalarMultiply(target.dotProduct(u))).normalize();
    double[] end =
        fly(launch, downrange, elevationRad, new double[0], timeS).end().getPrimaryState();
    return new Vector3D(end[0], end[1], end[2]);
  }

  private static double angle(Vector3D launch, Crossing c) {
    return Vector3D.angle(launch, c.position());
  }
}
