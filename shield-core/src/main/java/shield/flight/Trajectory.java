package shield.flight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodetic;
import shield.earth.Wgs84;

/**
 * A flown path: a dense ephemeris of position, velocity and acceleration in the Earth-fixed frame,
 * with the events of the flight.
 *
 * <p>Between two samples the state is the quintic Hermite interpolant of both ends' position,
 * velocity and acceleration, so the error falls as the sixth power of the sample spacing; samples
 * are the integrator's own steps. Where the acceleration jumps (staging, cutoff) the ephemeris
 * holds two samples at the same time, one for each side. Finding the interval is a binary search:
 * sampling costs O(log n).
 */
public final class Trajectory {

  private static final int NODE = 9;

  private final double[] timesS;

  /** Per sample: position (m), velocity (m/s), acceleration (m/s²), all ECEF. */
  private final double[] nodes;

  private final List<FlightEvent> events;

  /**
   * A trajectory from its samples.
   *
   * @param timesS sample times (s from the scenario epoch), non-decreasing, at least two
   * @param nodes per sample, position (m), velocity (m/s) and acceleration (m/s²) in ECEF: nine
   *     numbers a sample
   * @param events the flight's events in time order
   */
  public Trajectory(double[] timesS, double[] nodes, List<FlightEvent> events) {
    if (timesS.length < 2 || nodes.length != NODE * timesS.length) {
      throw new IllegalArgumentException(
          "a trajectory needs at least two samples of nine numbers each");
    }
    for (int i = 1; i < timesS.length; i++) {
      if (!(timesS[i] >= timesS[i - 1])) {
        throw new IllegalArgumentException("trajectory sample times must not decrease");
      }
    }
    this.timesS = timesS.clone();
    this.nodes = nodes.clone();
    this.events = List.copyOf(events);
  }

  private Trajectory(Trajectory samples, List<FlightEvent> events) {
    this.timesS = samples.timesS;
    this.nodes = samples.nodes;
    this.events = List.copyOf(events);
  }

  /** The same samples with other events. */
  Trajectory withEvents(List<FlightEvent> newEvents) {
    return new Trajectory(this, newEvents);
  }

  /**
   * The same flight launched later: every sample and event moved by a time.
   *
   * <p>Flight in the Earth-fixed frame does not depend on the time of day (no Sun, Moon or
   * precession in the model), so a raid's missiles from one site to one aim point share one flight
   * shifted to each launch time.
   *
   * @param dtS the shift (s); negative moves the flight earlier
   */
  public Trajectory shiftedBy(double dtS) {
    double[] shifted = timesS.clone();
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] += dtS;
    }
    List<FlightEvent> moved =
        events.stream()
            .map(
                e ->
                    new FlightEvent(
                        e.kind(), e.stage(), e.timeS() + dtS, e.positionEcef(), e.velocityEcef()))
            .toList();
    return new Trajectory(shifted, nodes, moved);
  }

  /** Time of the first sample, the launch (s from the scenario epoch). */
  public double startTimeS() {
    return timesS[0];
  }

  /** Time of the last sample, the impact (s from the scenario epoch). */
  public double endTimeS() {
    return timesS[timesS.length - 1];
  }

  /** Duration from launch to the last sample (s). */
  public double durationS() {
    return endTimeS() - startTimeS();
  }

  /** The flight's events in time order. */
  public List<FlightEvent> events() {
    return events;
  }

  /** The first event of a kind, if the flight had one. */
  public Optional<FlightEvent> event(FlightEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).findFirst();
  }

  /** Number of samples. */
  public int sampleCount() {
    return timesS.length;
  }

  /** Time of sample i (s from the scenario epoch). */
  public double sampleTimeS(int i) {
    return timesS[i];
  }

  /** Position (m) and velocity (m/s) of sample i in ECEF, into {@code pvOut[0..5]}. */
  public void sampleStateEcef(int i, double[] pvOut) {
    System.arraycopy(nodes, NODE * i, pvOut, 0, 6);
  }

  /**
   * Position (m) and velocity relative to the Earth (m/s) at a time, in ECEF, into {@code
   * pvOut[0..5]}; no allocation.
   *
   * @param timeS a time within [{@link #startTimeS()}, {@link #endTimeS()}] (s)
   */
  public void stateEcef(double timeS, double[] pvOut) {
    if (!(timeS >= timesS[0] && timeS <= endTimeS())) {
      throw new IllegalArgumentException(
          "time "
              + timeS
              + " s is outside the trajectory ["
              + timesS[0]
              + ", "
              + endTimeS()
              + "] s");
    }
    int i = interval(timeS);
    double h = timesS[i + 1] - timesS[i];
    if (h == 0) {
      System.arraycopy(nodes, NODE * i, pvOut, 0, 6);
      return;
    }
    interpolate(nodes, NODE * i, NODE * (i + 1), h, (timeS - timesS[i]) / h, pvOut);
  }

  /** Position at a time (m, ECEF). */
  public Vector3D positionEcef(double timeS) {
    double[] pv = new double[6];
    stateEcef(timeS, pv);
    return new Vector3D(pv[0], pv[1], pv[2]);
  }

  /** Velocity relative to the Earth at a time (m/s, ECEF). */
  public Vector3D velocityEcef(double timeS) {
    double[] pv = new double[6];
    stateEcef(timeS, pv);
    return new Vector3D(pv[3], pv[4], pv[5]);
  }

  /** Geodetic position at a time. */
  public Geodetic geodeticAt(double timeS) {
    double[] pv = new double[6];
    stateEcef(timeS, pv);
    return Wgs84.toGeodetic(pv[0], pv[1], pv[2]);
  }

  /** Index i of the interval [t_i, t_i+1] that holds a time: the last sample at or before it. */
  private int interval(double timeS) {
    int k = Arrays.binarySearch(timesS, timeS);
    int i;
    if (k >= 0) {
      // Equal times sit at staging: take the last of them so that the later side is used.
      i = k;
      while (i + 1 < timesS.length && timesS[i + 1] == timeS) {
        i++;
      }
    } else {
      i = -k - 2;
    }
    return Math.min(i, timesS.length - 2);
  }

  /**
   * Quintic Hermite interpolation of position and its derivative between two samples laid out as
   * position, velocity, acceleration.
   *
   * @param data the samples
   * @param a offset of the first sample
   * @param b offset of the second sample
   * @param h time between them (s)
   * @param s fraction of the interval, 0 at the first sample and 1 at the second
   * @param pvOut position and velocity at s
   */
  static void interpolate(double[] data, int a, int b, double h, double s, double[] pvOut) {
    double s2 = s * s;
    double s3 = s2 * s;
    double s4 = s3 * s;
    double s5 = s4 * s;
    double h0 = 1 - 10 * s3 + 15 * s4 - 6 * s5;
    double h1 = s - 6 * s3 + 8 * s4 - 3 * s5;
    double h2 = 0.5 * s2 - 1.5 * s3 + 1.5 * s4 - 0.5 * s5;
    double h3 = 0.5 * s3 - s4 + 0.5 * s5;
    double h4 = -4 * s3 + 7 * s4 - 3 * s5;
    double h5 = 10 * s3 - 15 * s4 + 6 * s5;
    double d0 = -30 * s2 + 60 * s3 - 30 * s4;
    double d1 = 1 - 18 * s2 + 32 * s3 - 15 * s4;
    double d2 = s - 4.5 * s2 + 6 * s3 - 2.5 * s4;
    double d3 = 1.5 * s2 - 4 * s3 + 2.5 * s4;
    double d4 = -12 * s2 + 28 * s3 - 15 * s4;
    double d5 = 30 * s2 - 60 * s3 + 30 * s4;
    double hh = h * h;
    for (int k = 0; k < 3; k++) {
      double p0 = data[a + k];
      double v0 = data[a + 3 + k];
      double acc0 = data[a + 6 + k];
      double p1 = data[b + k];
      double v1 = data[b + 3 + k];
      double acc1 = data[b + 6 + k];
      pvOut[k] = h0 * p0 + h * (h1 * v0 + h4 * v1) + hh * (h2 * acc0 + h3 * acc1) + h5 * p1;
      pvOut[3 + k] = (d0 * p0 + d5 * p1) / h + (d1 * v0 + d4 * v1) + h * (d2 * acc0 + d3 * acc1);
    }
  }
}
