package shield.sense;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Aer;
import shield.earth.Geodetic;
import shield.earth.LineOfSight;
import shield.earth.Topocentric;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/**
 * A radar at its site: its type, where its antenna stands, which way its faces look, and the
 * refraction of the air it looks through.
 *
 * <p>A value with the accessors of a record; it is a final class only so that it can hold its local
 * frame, computed once. Equality is that of the five components.
 *
 * <p><b>Seeing.</b> {@link #canSee} holds when the slant range is within the instrumented range,
 * the ray in the effective-Earth model ({@link LineOfSight}, k = {@link #refractionK()}) clears the
 * Earth, and the apparent direction lies within one of the faces. The apparent elevation is the
 * geometric elevation on the ellipsoid plus the refraction bending of the effective-Earth model
 * (its elevation at k minus its elevation at k = 1), so that with k = 1 the faces see geometric
 * elevations exactly.
 */
public final class Radar {

  /** The effective-Earth factor of the standard atmosphere, 4/3 (Fed-Std-1037C). */
  public static final double STANDARD_REFRACTION_K = 4.0 / 3;

  /**
   * Sampling step of {@link #visibilityWindows} (s). Every window longer than this contains a
   * sample and is found; a shorter one can be missed, and a window under 1 s is shorter than the
   * track revisit of every catalog radar, so it would hold at most one look.
   */
  public static final double VISIBILITY_STEP_S = 1.0;

  /** Bisection of the ends of a window stops below this width (s). */
  public static final double WINDOW_TOLERANCE_S = 1e-3;

  private final String id;
  private final RadarType type;
  private final Geodetic position;
  private final List<Face> faces;
  private final double refractionK;
  private final Topocentric frame;

  /**
   * Makes a radar.
   *
   * @param id the sensor's id in the scenario, e.g. {@code kurecik-tpy2}
   * @param type the kind of radar
   * @param position the antenna's place (height above the ellipsoid included)
   * @param faces the faces, each with its boresight; at least one
   * @param refractionK effective-Earth factor k of the air ({@link #STANDARD_REFRACTION_K}
   *     standard, 1 for no refraction, below 1 for sub-refraction; finite and > 0)
   */
  public Radar(String id, RadarType type, Geodetic position, List<Face> faces, double refractionK) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.position = Objects.requireNonNull(position, "position");
    this.faces = List.copyOf(faces);
    if (this.faces.isEmpty()) {
      throw new IllegalArgumentException("a radar needs at least one face");
    }
    if (!(refractionK > 0 && Double.isFinite(refractionK))) {
      throw new IllegalArgumentException(
          "the refraction factor k must be a positive number (4/3 standard, 1 none), got "
              + refractionK);
    }
    this.refractionK = refractionK;
    this.frame = new Topocentric(position);
  }

  /** The sensor's id in the scenario. */
  public String id() {
    return id;
  }

  /** The kind of radar. */
  public RadarType type() {
    return type;
  }

  /** The antenna's place. */
  public Geodetic position() {
    return position;
  }

  /** The faces, each with its boresight. */
  public List<Face> faces() {
    return faces;
  }

  /** Effective-Earth factor k of the refraction model (4/3 standard, 1 none). */
  public double refractionK() {
    return refractionK;
  }

  /** The radar's local East-North-Up frame at the antenna. */
  public Topocentric frame() {
    return frame;
  }

  /**
   * Whether the radar can see a point: within the instrumented range, on a clear refracted line of
   * sight, and within a face.
   *
   * @param targetEcef the point (m, ECEF)
   */
  public boolean canSee(Vector3D targetEcef) {
    return seen(targetEcef, frame.look(targetEcef)) != null;
  }

  /**
   * Returns the geometric look angles of a point if the radar sees it, or null: the body of {@link
   * #canSee}.
   *
   * @param targetEcef the point (m, ECEF)
   * @param aer its geometric look angles from the antenna
   * @return {@code aer} if the radar sees the point, null otherwise
   */
  private Aer seen(Vector3D targetEcef, Aer aer) {
    double rangeM = aer.rangeM();
    if (!(rangeM > 0 && rangeM <= type.instrumentedRangeM())) {
      return null;
    }
    double h1 = position.heightM();
    double h2 = Wgs84.heightM(targetEcef.getX(), targetEcef.getY(), targetEcef.getZ());
    double rho =
        LineOfSight.radiusOfCurvatureM(
            position.latitudeRad(), Math.sin(aer.azimuthRad()), Math.cos(aer.azimuthRad()));
    if (!LineOfSight.clearOfEffectiveEarth(h1, h2, rangeM, rho, refractionK)) {
      return null;
    }
    double elevation = aer.elevationRad();
    if (refractionK != 1) {
      elevation +=
          LineOfSight.apparentElevationRad(h1, h2, rangeM, rho, refractionK)
              - LineOfSight.apparentElevationRad(h1, h2, rangeM, rho, 1);
    }
    for (Face f : faces) {
      if (f.covers(aer.azimuthRad(), elevation)) {
        return aer;
      }
    }
    return null;
  }

  /**
   * Returns the intervals of a flight in which the radar can see the object, in time order.
   *
   * <p>The flight is sampled every {@link #VISIBILITY_STEP_S} from launch to its last sample, and
   * each change of {@link #canSee} between two samples is located by bisection to within {@link
   * #WINDOW_TOLERANCE_S}; each reported end is on the seen side of its change, within that
   * tolerance of it. A window shorter than the step can be missed; see {@link #VISIBILITY_STEP_S}.
   *
   * @param trajectory the flight
   * @return the windows, possibly none
   */
  public List<Window> visibilityWindows(Trajectory trajectory) {
    List<Window> out = new ArrayList<>();
    double t0 = trajectory.startTimeS();
    double end = trajectory.endTimeS();
    int steps = Math.max(1, (int) Math.ceil((end - t0) / VISIBILITY_STEP_S));
    double[] pv = new double[6];
    double previousT = t0;
    boolean previous = sees(trajectory, t0, pv);
    double openedAt = previous ? t0 : Double.NaN;
    for (int i = 1; i <= steps; i++) {
      double t = i == steps ? end : t0 + i * VISIBILITY_STEP_S;
      boolean now = sees(trajectory, t, pv);
      if (now != previous) {
        double edge = edge(trajectory, previousT, t, previous, pv);
        if (now) {
          openedAt = edge;
        } else {
          out.add(new Window(openedAt, edge));
        }
        previous = now;
      }
      previousT = t;
    }
    if (previous) {
      out.add(new Window(openedAt, end));
    }
    return out;
  }

  /**
   * Bisects a change of visibility between two times to {@link #WINDOW_TOLERANCE_S}, returning the
   * time on the seen side.
   */
  private double edge(Trajectory trajectory, double a, double b, boolean seenAtA, double[] pv) {
    double lo = a;
    double hi = b;
    while (hi - lo > WINDOW_TOLERANCE_S) {
      double mid = 0.5 * (lo + hi);
      if (sees(trajectory, mid, pv) == seenAtA) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return seenAtA ? lo : hi;
  }

  private boolean sees(Trajectory trajectory, double timeS, double[] pv) {
    trajectory.stateEcef(timeS, pv);
    return canSee(new Vector3D(pv[0], pv[1], pv[2]));
  }

  /**
   * Makes one look at an object of a flight: null if the radar cannot see it or the look fails to
   * detect it, otherwise a measurement with Gaussian noise.
   *
   * <p>The object's radar cross-section is the booster's before the flight's burnout event and the
   * reentry vehicle's from it on. The look's mean SNR comes from the radar equation of the mode; it
   * detects with the Swerling I probability (one uniform draw); then range, azimuth and elevation
   * each get one Gaussian draw with the standard deviations of {@link Detection} at that SNR. The
   * angles reported are geometric: the radar is assumed to correct the refraction it sees.
   *
   * @param trajectory the object's flight
   * @param signature the object's radar cross-sections
   * @param timeS time of the look (s from the scenario epoch); outside the flight there is nothing
   *     to see
   * @param mode search or track
   * @param rng the stream the draws come from
   * @param truthIndex index of the threat, passed into the measurement for scoring
   * @return the measurement, or null
   */
  public Measurement look(
      Trajectory trajectory,
      TargetSignature signature,
      double timeS,
      RadarMode mode,
      RandomGenerator rng,
      int truthIndex) {
    if (!(timeS >= trajectory.startTimeS() && timeS <= trajectory.endTimeS())) {
      return null;
    }
    Vector3D target = trajectory.positionEcef(timeS);
    Aer aer = seen(target, frame.look(target));
    if (aer == null) {
      return null;
    }
    double burnoutS =
        trajectory
            .event(FlightEvent.Kind.BURNOUT)
            .map(FlightEvent::timeS)
            .orElse(Double.POSITIVE_INFINITY);
    double rcsM2 = timeS < burnoutS ? signature.boosterRcsM2() : signature.reentryVehicleRcsM2();
    double snr = type.snr(mode, aer.rangeM(), rcsM2);
    if (!(rng.nextDouble() < Detection.swerling1Pd(snr, type.falseAlarmProbability()))) {
      return null;
    }
    double rangeSigmaM = Detection.rangeSigmaM(snr, type.rangeResolutionM());
    double angleSigmaRad = Detection.angleSigmaRad(snr, type.beamwidthRad());
    // Folding a negative draw back matters only within a few sigma of the antenna.
    double rangeM = Math.abs(aer.rangeM() + rangeSigmaM * rng.nextGaussian());
    double azimuthRad = aer.azimuthRad() + angleSigmaRad * rng.nextGaussian();
    azimuthRad -= 2 * Math.PI * Math.floor(azimuthRad / (2 * Math.PI));
    if (azimuthRad >= 2 * Math.PI) {
      azimuthRad = 0;
    }
    double elevationRad =
        Math.max(
            -Math.PI / 2,
            Math.min(Math.PI / 2, aer.elevationRad() + angleSigmaRad * rng.nextGaussian()));
    return new Measurement(
        timeS,
        id,
        frame,
        rangeM,
        azimuthRad,
        elevationRad,
        rangeSigmaM,
        angleSigmaRad,
        snr,
        truthIndex);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Radar r
        && id.equals(r.id)
        && type.equals(r.type)
        && position.equals(r.position)
        && faces.equals(r.faces)
        && Double.compare(refractionK, r.refractionK) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, position, faces, refractionK);
  }

  @Override
  public String toString() {
    return "Radar[id="
        + id
        + ", type="
        + type.id()
        + ", position="
        + position
        + ", faces="
        + faces
        + ", refractionK="
        + refractionK
        + "]";
  }
}
