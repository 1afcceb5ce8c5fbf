package shield.flight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodetic;
import shield.earth.Gravity;
import shield.earth.StandardAtmosphere;
import shield.earth.Topocentric;
import shield.earth.Wgs84;

/**
 * Flies one missile with a given guidance: 3-DOF powered flight with staging, then the reentry
 * vehicle's coast and reentry with drag, to impact on the ellipsoid.
 *
 * <p>The state (position, velocity, mass) is integrated in the Earth-fixed frame, where
 *
 * <pre>
 *   r'' = g_J2(r) − 2ω × r' − ω × (ω × r) + (F_thrust − D) / m,     m' = −ṁ while burning
 * </pre>
 *
 * with the drag D = ½ ρ |v|² C_D(M) A along the velocity relative to the co-rotating air, the
 * density and speed of sound of the US Standard Atmosphere 1976 (none above 1,000 km), and the
 * thrust of the burning stage at the local ambient pressure. Powered flight is integrated in
 * segments that end where the forces jump (end of the vertical rise and pitch-over, staging,
 * cutoff), so each integrator step sees smooth forces. After powered flight only the reentry
 * vehicle is followed; spent stages are dropped.
 *
 * <p>Immutable and thread-safe: every call to {@link #fly} keeps its own state.
 */
public final class MissileFlight {

  /** Default integration tolerance on position (m); see {@code docs/validation.md}. */
  public static final double DEFAULT_TOLERANCE_M = 3e-3;

  /** Altitude of the reentry event (m), the conventional edge of the sensible atmosphere. */
  public static final double REENTRY_ALTITUDE_M = 100_000;

  /** Longest coast followed before giving up on an impact (s): beyond any ballistic flight. */
  static final double MAX_COAST_S = 4 * 3600;

  /** Geocentric radius beyond which no point is below 1,000 km of altitude (m). */
  private static final double ATMOSPHERE_RADIUS_M = Wgs84.EQUATORIAL_RADIUS_M + 1_000_000;

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  private final MissileType type;
  private final double toleranceM;

  /** A flight model with the default integration tolerance. */
  public MissileFlight(MissileType type) {
    this(type, DEFAULT_TOLERANCE_M);
  }

  /**
   * A flight model with a given integration tolerance.
   *
   * @param toleranceM absolute position tolerance of each integration step (m); velocity is held to
   *     this over 1,000 s
   */
  public MissileFlight(MissileType type, double toleranceM) {
    if (!(toleranceM > 0)) {
      throw new IllegalArgumentException("tolerance must be > 0 m, got " + toleranceM);
    }
    double seaLevelThrustN = type.stages().get(0).thrustN(StandardAtmosphere.pressurePa(0));
    if (seaLevelThrustN <= type.launchMassKg() * Stage.STANDARD_GRAVITY_MPS2) {
      throw new IllegalArgumentException(
          "missile "
              + type.id()
              + " cannot lift off: sea-level thrust "
              + seaLevelThrustN
              + " N does not exceed its weight");
    }
    this.type = type;
    this.toleranceM = toleranceM;
  }

  public MissileType type() {
    return type;
  }

  /**
   * Flies from a launch site with a guidance.
   *
   * @param launchSite the pad (its height is the launch height above the ellipsoid)
   * @param launchTimeS launch time (s from the scenario epoch)
   * @param guidance azimuth, kick angle and cutoff
   * @return the trajectory to impact; if the vehicle has not come down after {@link #MAX_COAST_S}
   *     of coast it ends there without an {@link FlightEvent.Kind#IMPACT} event
   */
  public Trajectory fly(Geodetic launchSite, double launchTimeS, Guidance guidance) {
    return new Run(launchSite, launchTimeS, guidance).fly();
  }

  /** The integration of one flight: mutable, confined to one call of {@link #fly}. */
  private final class Run
      implements EmbeddedRungeKutta.Derivatives,
          EmbeddedRungeKutta.StepObserver,
          EmbeddedRungeKutta.Regions {
    private final Geodetic site;
    private final double launchTimeS;
    private final Guidance guidance;
    private final double[] up;
    private final double[] downrange;
    private final DormandPrince54 integrator;
    private final double[] gravity = new double[3];
    private final double[] air = new double[3];
    private final double[] pair = new double[18];
    private final double[] pvTmp = new double[6];
    private final double[] startDerivative = new double[7];
    private final List<FlightEvent> events = new ArrayList<>();
    private double[] times = new double[128];
    private double[] nodes = new double[128 * 9];
    private int count;

    // What acts during the segment being integrated.
    private Stage stage;
    private double referenceAreaM2;
    private DragCurve drag;
    private Steering steering;
    private double impactTimeS = Double.NaN;

    Run(Geodetic site, double launchTimeS, Guidance guidance) {
      this.site = site;
      this.launchTimeS = launchTimeS;
      this.guidance = guidance;
      Topocentric local = new Topocentric(site);
      this.up = local.up().toArray();
      this.downrange = local.direction(guidance.azimuthRad(), 0).toArray();
      double[] absolute = new double[7];
      Arrays.fill(absolute, 0, 3, toleranceM);
      Arrays.fill(absolute, 3, 6, toleranceM / 1000);
      absolute[6] = 1e-3;
      this.integrator = new DormandPrince54(absolute, 0);
    }

    Trajectory fly() {
      List<Stage> stages = type.stages();
      double totalBurnS = type.totalBurnTimeS();
      double poweredS = Math.min(guidance.cutoffTimeS(), totalBurnS);
      double[] y = new double[7];
      Wgs84.toEcef(site.latitudeRad(), site.longitudeRad(), site.heightM(), y);
      y[6] = type.launchMassKg();
      event(FlightEvent.Kind.LAUNCH, -1, launchTimeS, y);

      // Segment boundaries (s after launch): where the steering changes and where stages end.
      TreeSet<Double> bounds = new TreeSet<>();
      bounds.add(type.verticalRiseS());
      bounds.add(type.verticalRiseS() + type.pitchOverS());
      double stageEndS = 0;
      for (Stage s : stages) {
        stageEndS += s.burnTimeS();
        bounds.add(stageEndS);
      }
      bounds.add(poweredS);
      double segmentStartS = 0;
      int stageIndex = 0;
      double stageStartS = 0;
      for (double segmentEndS : bounds.headSet(poweredS, true)) {
        stage = stages.get(stageIndex);
        referenceAreaM2 = stage.referenceAreaM2();
        drag = type.bodyDrag();
        double midS = 0.5 * (segmentStartS + segmentEndS);
        steering =
            midS < type.verticalRiseS()
                ? Steering.VERTICAL
                : midS < type.verticalRiseS() + type.pitchOverS()
                    ? Steering.PITCH_OVER
                    : Steering.GRAVITY_TURN;
        if (!integrate(y, launchTimeS + segmentStartS, launchTimeS + segmentEndS, 1.0)) {
          return finish();
        }
        segmentStartS = segmentEndS;
        if (segmentEndS >= stageStartS + stage.burnTimeS() - 1e-9) {
          event(FlightEvent.Kind.STAGE_BURNOUT, stageIndex, launchTimeS + segmentEndS, y);
          y[6] -= stage.dryMassKg();
          stageStartS += stage.burnTimeS();
          stageIndex++;
        }
      }
      if (poweredS < totalBurnS) {
        event(FlightEvent.Kind.THRUST_CUTOFF, -1, launchTimeS + poweredS, y);
      }
      event(FlightEvent.Kind.BURNOUT, -1, launchTimeS + poweredS, y);

      // The reentry vehicle alone, to impact.
      ReentryVehicle rv = type.reentryVehicle();
      y[6] = rv.massKg();
      stage = null;
      referenceAreaM2 = rv.referenceAreaM2();
      drag = rv.drag();
      integrate(y, launchTimeS + poweredS, launchTimeS + poweredS + MAX_COAST_S, 5.0);
      return finish();
    }

    /**
     * Integrates one segment, recording samples.
     *
     * @return false if the vehicle hit the ground in it
     */
    private boolean integrate(double[] y, double startS, double endS, double firstStepS) {
      compute(startS, y, startDerivative);
      append(startS, y, startDerivative);
      integrator.integrate(this, this, startS, y, endS, firstStepS, this);
      return Double.isNaN(impactTimeS);
    }

    @Override
    public void compute(double t, double[] y, double[] yDot) {
      double x = y[0];
      double yy = y[1];
      double z = y[2];
      double vx = y[3];
      double vy = y[4];
      double vz = y[5];
      double m = y[6];
      Gravity.accelerationJ2(x, yy, z, gravity);
      // Gravity, then the Coriolis and centrifugal terms of the frame rotating about z.
      double ax = gravity[0] + 2 * OMEGA * vy + OMEGA * OMEGA * x;
      double ay = gravity[1] - 2 * OMEGA * vx + OMEGA * OMEGA * yy;
      double az = gravity[2];
      double pressurePa = 0;
      if (x * x + yy * yy + z * z < ATMOSPHERE_RADIUS_M * ATMOSPHERE_RADIUS_M) {
        StandardAtmosphere.properties(Wgs84.heightM(x, yy, z), air);
        pressurePa = air[1];
        double v2 = vx * vx + vy * vy + vz * vz;
        if (v2 > 0 && air[0] > 0) {
          double v = Math.sqrt(v2);
          double k = 0.5 * air[0] * v * drag.at(v / air[2]) * referenceAreaM2 / m;
          ax -= k * vx;
          ay -= k * vy;
          az -= k * vz;
        }
      }
      if (stage == null) {
        yDot[6] = 0;
      } else {
        double ux;
        double uy;
        double uz;
        double sinceLaunchS = t - launchTimeS;
        if (steering == Steering.GRAVITY_TURN) {
          double v = Math.sqrt(vx * vx + vy * vy + vz * vz);
          ux = vx / v;
          uy = vy / v;
          uz = vz / v;
        } else {
          double tilt =
              steering == Steering.VERTICAL
                  ? 0
                  : guidance.kickAngleRad()
                      * (sinceLaunchS - type.verticalRiseS())
                      / type.pitchOverS();
          double c = Math.cos(tilt);
          double s = Math.sin(tilt);
          ux = c * up[0] + s * downrange[0];
          uy = c * up[1] + s * downrange[1];
          uz = c * up[2] + s * downrange[2];
        }
        double a = stage.thrustN(pressurePa) / m;
        ax += a * ux;
        ay += a * uy;
        az += a * uz;
        yDot[6] = -stage.massFlowKgPerS();
      }
      yDot[0] = vx;
      yDot[1] = vy;
      yDot[2] = vz;
      yDot[3] = ax;
      yDot[4] = ay;
      yDot[5] = az;
    }

    /**
     * The corners of the forces: the atmosphere's layer boundaries and the points of the drag curve
     * in Mach number. Steps end on them so that the error control stays honest.
     */
    @Override
    public int region(double t, double[] y) {
      double x = y[0];
      double yy = y[1];
      double z = y[2];
      if (x * x + yy * yy + z * z >= ATMOSPHERE_RADIUS_M * ATMOSPHERE_RADIUS_M) {
        return -1;
      }
      double heightM = Wgs84.heightM(x, yy, z);
      double speed = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
      double mach = speed / StandardAtmosphere.speedOfSoundMps(heightM);
      return 64 * StandardAtmosphere.piece(heightM) + drag.piece(mach) + 1;
    }

    @Override
    public boolean accepted(
        double tPrev, double[] yPrev, double[] fPrev, double t, double[] y, double[] f) {
      // Lift-off starts at the pad's height; ground contact means the ellipsoid after that.
      if (t - launchTimeS > 1 && Wgs84.heightM(y[0], y[1], y[2]) < 0) {
        impact(tPrev, yPrev, fPrev, t, y, f);
        return false;
      }
      append(t, y, f);
      return true;
    }

    /** Finds where the step crossed height 0 and ends the flight there. */
    private void impact(
        double tPrev, double[] yPrev, double[] fPrev, double t, double[] y, double[] f) {
      for (int k = 0; k < 3; k++) {
        pair[k] = yPrev[k];
        pair[3 + k] = yPrev[3 + k];
        pair[6 + k] = fPrev[3 + k];
        pair[9 + k] = y[k];
        pair[12 + k] = y[3 + k];
        pair[15 + k] = f[3 + k];
      }
      double h = t - tPrev;
      // Illinois false position on height(s); height is positive at s = 0 and negative at 1.
      double a = 0;
      double b = 1;
      double ha = Wgs84.heightM(yPrev[0], yPrev[1], yPrev[2]);
      double hb = Wgs84.heightM(y[0], y[1], y[2]);
      int side = 0;
      double s = 1;
      for (int i = 0; i < 60 && (b - a) * h > 1e-7; i++) {
        s = (a * hb - b * ha) / (hb - ha);
        Trajectory.interpolate(pair, 0, 9, h, s, pvTmp);
        double hs = Wgs84.heightM(pvTmp[0], pvTmp[1], pvTmp[2]);
        if (hs > 0) {
          a = s;
          ha = hs;
          if (side == -1) {
            hb /= 2;
          }
          side = -1;
        } else {
          b = s;
          hb = hs;
          if (side == 1) {
            ha /= 2;
          }
          side = 1;
        }
        if (hs == 0) {
          break;
        }
      }
      impactTimeS = tPrev + s * h;
      Trajectory.interpolate(pair, 0, 9, h, s, pvTmp);
      double[] state = Arrays.copyOf(pvTmp, 7);
      state[6] = y[6];
      double[] derivative = new double[7];
      compute(impactTimeS, state, derivative);
      append(impactTimeS, state, derivative);
      event(FlightEvent.Kind.IMPACT, -1, impactTimeS, state);
    }

    private void append(double t, double[] y, double[] f) {
      if (count == times.length) {
        times = Arrays.copyOf(times, 2 * count);
        nodes = Arrays.copyOf(nodes, 2 * 9 * count);
      }
      times[count] = t;
      int o = 9 * count;
      System.arraycopy(y, 0, nodes, o, 6);
      System.arraycopy(f, 3, nodes, o + 6, 3);
      count++;
    }

    private void event(FlightEvent.Kind kind, int stageIndex, double t, double[] y) {
      events.add(
          new FlightEvent(
              kind, stageIndex, t, new Vector3D(y[0], y[1], y[2]), new Vector3D(y[3], y[4], y[5])));
    }

    private Trajectory finish() {
      Trajectory raw =
          new Trajectory(Arrays.copyOf(times, count), Arrays.copyOf(nodes, 9 * count), List.of());
      addApogeeAndReentry(raw);
      events.sort(Comparator.comparingDouble(FlightEvent::timeS));
      return raw.withEvents(events);
    }

    /** The highest point after burnout and the descent through 100 km after it. */
    private void addApogeeAndReentry(Trajectory raw) {
      int best = 0;
      double bestHeight = Double.NEGATIVE_INFINITY;
      double[] pv = pvTmp;
      for (int i = 0; i < raw.sampleCount(); i++) {
        raw.sampleStateEcef(i, pv);
        double hgt = Wgs84.heightM(pv[0], pv[1], pv[2]);
        if (hgt > bestHeight) {
          bestHeight = hgt;
          best = i;
        }
      }
      double lo = raw.sampleTimeS(Math.max(0, best - 1));
      double hi = raw.sampleTimeS(Math.min(raw.sampleCount() - 1, best + 1));
      double apogeeS = maximiseHeight(raw, lo, hi);
      raw.stateEcef(apogeeS, pv);
      event(FlightEvent.Kind.APOGEE, -1, apogeeS, pv);
      if (bestHeight <= REENTRY_ALTITUDE_M) {
        return;
      }
      for (int i = best + 1; i < raw.sampleCount(); i++) {
        raw.sampleStateEcef(i, pv);
        if (Wgs84.heightM(pv[0], pv[1], pv[2]) < REENTRY_ALTITUDE_M) {
          double t = descentThrough(raw, raw.sampleTimeS(i - 1), raw.sampleTimeS(i));
          raw.stateEcef(t, pv);
          event(FlightEvent.Kind.REENTRY, -1, t, pv);
          return;
        }
      }
    }

    private double heightAt(Trajectory raw, double t) {
      raw.stateEcef(t, pvTmp);
      return Wgs84.heightM(pvTmp[0], pvTmp[1], pvTmp[2]);
    }

    /** The time of the highest point between two times (to 1 ms). */
    private double maximiseHeight(Trajectory raw, double lo, double hi) {
      return GoldenSection.minimum(t -> -heightAt(raw, t), lo, hi, 1e-3);
    }

    /** Bisection for the time of descent through the reentry altitude (to 1 ms). */
    private double descentThrough(Trajectory raw, double above, double below) {
      while (below - above > 1e-3) {
        double mid = 0.5 * (above + below);
        if (heightAt(raw, mid) > REENTRY_ALTITUDE_M) {
          above = mid;
        } else {
          below = mid;
        }
      }
      return 0.5 * (above + below);
    }
  }

  /** How the thrust is pointed during a segment of powered flight. */
  private enum Steering {
    VERTICAL,
    PITCH_OVER,
    GRAVITY_TURN
  }
}
