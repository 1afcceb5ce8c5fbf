package shield.engage;

import java.util.Arrays;
import java.util.stream.IntStream;
import shield.earth.Wgs84;

/**
 * The reachability table of one interceptor type: the shortest time of flight from the launcher to
 * every point within its reach, by ground range and altitude, with the speed and flight-path angle
 * on arrival.
 *
 * <p><b>Flight model.</b> In the plane of the flight, on a sphere of radius {@link
 * #LAUNCH_RADIUS_M} with point-mass gravity g = μ/r² and no air: a vertical rise for {@link
 * #VERTICAL_RISE_S}, an instantaneous pitch-over to the launch elevation γ₀, then a gravity turn.
 * During each stage the speed grows at the constant rate that reaches the stage's published burnout
 * speed (a prescribed-speed boost: the motor overcomes gravity and drag losses, so the catalog's
 * burnout speeds are reproduced by construction); after the last burnout, a Keplerian coast. With r
 * the geocentric radius, ψ the downrange angle, v the speed and γ the flight-path angle:
 *
 * <pre>
 *   r' = v sin γ      ψ' = v cos γ / r      γ' = −(g/v − v/r) cos γ
 *   v' = a_k (stage k burning: a_k = Δv_k / t_burn,k)      v' = −g sin γ (coast)
 * </pre>
 *
 * integrated by the classical fourth-order Runge–Kutta method with steps that end on every stage
 * boundary ({@link #BOOST_STEP_S}, then {@link #COAST_STEP_S}).
 *
 * <p><b>Table.</b> A fan of {@link #FAN} launch elevations, evenly spaced from the lowest one that
 * stays above the ground until burnout to the vertical, is flown once, each a quarter beyond the
 * type's maximum time of flight. Every member's crossings of {@link #ROWS} + 1 altitude rows (0 to
 * the type's maximum intercept altitude) are kept, on the way up and on the way down. Along each
 * row, between the crossings of two neighbouring members on the same branch, the time, speed and
 * angle follow a cubic curve in the member index through them and their outer neighbours, and every
 * node of {@link #COLUMNS} + 1 ground-range columns (0 to the type's maximum ground range) keeps
 * the shortest time found. Under the last member over a row, the crossings turn from the way up to
 * the way down at the apogee of the flight whose apogee is the row, estimated between the two
 * members' apogees: the "cap" is filled through it. A query interpolates bilinearly between the
 * four nodes around it and finds nothing if one of them is unreachable or the time exceeds the
 * maximum time of flight: within one cell of the edge of the reachable region, the table is
 * conservative. Interpolation between members is the main error, largest in the caps; it falls with
 * their spacing (see the tests and {@code docs/validation.md}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Flyout {

  /** Radius of the sphere the launcher stands on (m): the IUGG mean radius of the Earth. */
  public static final double LAUNCH_RADIUS_M = Wgs84.MEAN_RADIUS_M;

  /**
   * Duration of the vertical rise out of the launcher, before the pitch-over (s), or half the first
   * stage's burn if that is shorter; notional.
   */
  public static final double VERTICAL_RISE_S = 2;

  /** Launch elevations in the fan. */
  static final int FAN = 241;

  /** Altitude intervals of the table. */
  static final int ROWS = 200;

  /** Ground-range intervals of the table. */
  static final int COLUMNS = 400;

  /** Longest integration step while a motor burns (s). */
  static final double BOOST_STEP_S = 0.05;

  /**
   * Longest integration step while coasting (s). The samples double as the points between which row
   * crossings are interpolated linearly: over a step h the chord leaves a ballistic arc by at most
   * g h²/8, 0.3 m at 0.5 s, and RK4's own error over a 1,000 s coast is far smaller (the orbital
   * rate times h is below 1e-3). Halving the step from 0.25 s changed no validation figure beyond 1
   * m and halved the cost of a table.
   */
  static final double COAST_STEP_S = 0.5;

  /** A flight found for a point must end this close to it (m). */
  private static final double ROOT_TOLERANCE_M = 1;

  private static final double MU = Wgs84.MU_M3_S2;
  private static final double R0 = LAUNCH_RADIUS_M;

  /** Below this speed (m/s) the flight-path angle is undefined: a vertical flight has stalled. */
  private static final double STALL_MPS = 1;

  /** Samples of a flight: time (s), radius (m), downrange angle (rad), speed (m/s), angle (rad). */
  static final int T = 0;

  static final int R = 1;
  static final int PSI = 2;
  static final int V = 3;
  static final int GAMMA = 4;
  static final int SAMPLE = 5;

  private final InterceptorType type;
  private final double[] elevationsRad;
  private final double rowM;
  private final double columnM;

  /** Per node (row-major, (ROWS + 1) × (COLUMNS + 1)); +∞ time where unreachable. */
  private final double[] timeS;

  private final double[] speedMps;
  private final double[] angleRad;

  private Flyout(InterceptorType type) {
    this.type = type;
    this.rowM = type.maxInterceptAltitudeM() / ROWS;
    this.columnM = type.maxGroundRangeM() / COLUMNS;
    this.elevationsRad = fan(type);
    int nodes = (ROWS + 1) * (COLUMNS + 1);
    this.timeS = new double[nodes];
    this.speedMps = new double[nodes];
    this.angleRad = new double[nodes];
    Arrays.fill(timeS, Double.POSITIVE_INFINITY);
    build();
  }

  /**
   * Flies the fan of a type, its members in parallel, and builds its table (0.1 to 0.2 s on one
   * core).
   */
  public static Flyout of(InterceptorType type) {
    return new Flyout(type);
  }

  public InterceptorType type() {
    return type;
  }

  /**
   * The shortest flight from the launcher to a point.
   *
   * @param groundRangeM ground range from the launcher, measured on the sphere of radius {@link
   *     #LAUNCH_RADIUS_M} (m)
   * @param altitudeM altitude above the sphere through the launcher (m)
   * @return the time of flight and arrival state, or null if the type cannot reach the point:
   *     beyond its fan, its maximum time of flight, its maximum ground range or its maximum
   *     intercept altitude, or below the launcher
   */
  public Reach reach(double groundRangeM, double altitudeM) {
    if (!(groundRangeM >= 0 && groundRangeM <= type.maxGroundRangeM())
        || !(altitudeM >= 0 && altitudeM <= type.maxInterceptAltitudeM())) {
      return null;
    }
    double x = groundRangeM / columnM;
    double y = altitudeM / rowM;
    int k = Math.min((int) x, COLUMNS - 1);
    int j = Math.min((int) y, ROWS - 1);
    double fx = x - k;
    double fy = y - j;
    int a = j * (COLUMNS + 1) + k;
    int b = a + 1;
    int c = a + COLUMNS + 1;
    int d = c + 1;
    if (timeS[a] == Double.POSITIVE_INFINITY
        || timeS[b] == Double.POSITIVE_INFINITY
        || timeS[c] == Double.POSITIVE_INFINITY
        || timeS[d] == Double.POSITIVE_INFINITY) {
      return null;
    }
    double wa = (1 - fx) * (1 - fy);
    double wb = fx * (1 - fy);
    double wc = (1 - fx) * fy;
    double wd = fx * fy;
    double t = wa * timeS[a] + wb * timeS[b] + wc * timeS[c] + wd * timeS[d];
    if (t > type.maxTimeOfFlightS()) {
      return null;
    }
    return new Reach(
        t,
        wa * speedMps[a] + wb * speedMps[b] + wc * speedMps[c] + wd * speedMps[d],
        wa * angleRad[a] + wb * angleRad[b] + wc * angleRad[c] + wd * angleRad[d]);
  }

  /**
   * The flight to a point itself, found by flying the model again with the launch elevation that
   * puts it there: every pair of neighbouring fan members whose crossings of the point's altitude
   * bracket its ground range (or whose upper member is the last over that altitude) is bisected on
   * elevation, and the shortest flight that ends within {@link #ROOT_TOLERANCE_M} of the point
   * wins.
   *
   * @param groundRangeM ground range as in {@link #reach} (m)
   * @param altitudeM altitude as in {@link #reach} (m)
   * @return the samples of the flight up to the point, {@link #SAMPLE} numbers each (time s, radius
   *     m, downrange angle rad, speed m/s, flight-path angle rad), the last one at the point; null
   *     if no flight of the model reaches it within the type's maximum time of flight
   */
  double[] flightTo(double groundRangeM, double altitudeM) {
    double psi = groundRangeM / R0;
    double[] best = null;
    double[] bestEnd = null;
    double[][] previous = null;
    for (int m = 0; m < FAN; m++) {
      double[][] crossing = crossings(fly(type, elevationsRad[m]), altitudeM);
      for (int b = 0; previous != null && b < 2; b++) {
        double[] p = previous[b];
        double[] q = crossing[b];
        if (p == null || (q != null && Math.signum(p[PSI] - psi) == Math.signum(q[PSI] - psi))) {
          continue;
        }
        double[] samples = bisect(elevationsRad[m - 1], elevationsRad[m], altitudeM, psi, b);
        double[] end = samples == null ? null : crossings(samples, altitudeM)[b];
        if (end != null
            && end[T] <= type.maxTimeOfFlightS()
            && (bestEnd == null || end[T] < bestEnd[T])) {
          best = samples;
          bestEnd = end;
        }
      }
      previous = crossing;
    }
    if (best == null) {
      return null;
    }
    int n = 0;
    while (n < best.length / SAMPLE && best[n * SAMPLE + T] < bestEnd[T]) {
      n++;
    }
    double[] path = Arrays.copyOf(best, (n + 1) * SAMPLE);
    System.arraycopy(bestEnd, 0, path, n * SAMPLE, SAMPLE);
    return path;
  }

  /**
   * Bisects the launch elevation between two fan members for the flight whose crossing of an
   * altitude on one branch is at a downrange angle; a flight that does not cross counts as too low.
   *
   * @return the flight's samples, or null if the bisection ends away from the point (no root)
   */
  private double[] bisect(double highRad, double lowRad, double altitudeM, double psi, int branch) {
    double[] high = crossings(fly(type, highRad), altitudeM)[branch];
    double signHigh = Math.signum(high[PSI] - psi);
    double[] samples = null;
    double hi = highRad;
    double lo = lowRad;
    for (int i = 0; i < 50; i++) {
      double mid = 0.5 * (hi + lo);
      double[] flown = fly(type, mid);
      double[] c = crossings(flown, altitudeM)[branch];
      if (c == null) {
        lo = mid;
      } else if (Math.signum(c[PSI] - psi) == signHigh) {
        hi = mid;
        samples = flown;
      } else {
        lo = mid;
        samples = flown;
      }
    }
    if (samples == null) {
      return null;
    }
    double[] end = crossings(samples, altitudeM)[branch];
    return Math.abs(end[PSI] - psi) * R0 <= ROOT_TOLERANCE_M ? samples : null;
  }

  /** The first crossing of an altitude on the way up and on the way down; null where none. */
  private static double[][] crossings(double[] samples, double altitudeM) {
    double[][] found = new double[2][];
    double rc = R0 + altitudeM;
    for (int i = SAMPLE; i < samples.length; i += SAMPLE) {
      double ra = samples[i - SAMPLE + R];
      double rb = samples[i + R];
      int branch = rb > ra ? 0 : 1;
      boolean crosses = branch == 0 ? ra <= rc && rc < rb : rb < rc && rc <= ra;
      if (crosses && found[branch] == null) {
        found[branch] = interpolate(samples, i - SAMPLE, (rc - ra) / (rb - ra));
      }
    }
    return found;
  }

  private static double[] interpolate(double[] samples, int a, double w) {
    double[] out = new double[SAMPLE];
    for (int m = 0; m < SAMPLE; m++) {
      out[m] = samples[a + m] + w * (samples[a + SAMPLE + m] - samples[a + m]);
    }
    return out;
  }

  /** Flies every fan member and keeps, per node, the shortest flight through it. */
  private void build() {
    // crossing[branch][member][row]: a sample at the crossing (time, radius, angle, speed,
    // flight-path angle), or null.
    double[][][][] crossing = new double[2][FAN][ROWS + 1][];
    double[][] apogee = new double[FAN][];
    // Each member flies and files its own crossings: the members run in parallel.
    IntStream.range(0, FAN)
        .parallel()
        .forEach(
            m -> {
              double[] samples = fly(type, elevationsRad[m]);
              for (int i = SAMPLE; i < samples.length; i += SAMPLE) {
                double ha = samples[i - SAMPLE + R] - R0;
                double hb = samples[i + R] - R0;
                int branch = hb > ha ? 0 : 1;
                if (branch == 1 && apogee[m] == null) {
                  apogee[m] = Arrays.copyOfRange(samples, i - SAMPLE, i);
                }
                int first = (int) Math.ceil(Math.min(ha, hb) / rowM);
                int last = (int) Math.floor(Math.max(ha, hb) / rowM);
                for (int j = Math.max(first, 0); j <= Math.min(last, ROWS); j++) {
                  double h = j * rowM;
                  boolean crosses = branch == 0 ? ha <= h && h < hb : hb < h && h <= ha;
                  if (crosses && crossing[branch][m][j] == null) {
                    crossing[branch][m][j] = interpolate(samples, i - SAMPLE, (h - ha) / (hb - ha));
                  }
                }
              }
            });
    // Each row's nodes are filled from that row's crossings alone: the rows run in parallel.
    IntStream.rangeClosed(0, ROWS)
        .parallel()
        .forEach(
            j -> {
              for (int m = 0; m < FAN; m++) {
                double[] up = crossing[0][m][j];
                double[] down = crossing[1][m][j];
                if (m + 1 < FAN) {
                  for (int b = 0; b < 2; b++) {
                    segment(
                        j,
                        m > 0 ? crossing[b][m - 1][j] : null,
                        crossing[b][m][j],
                        crossing[b][m + 1][j],
                        m + 2 < FAN ? crossing[b][m + 2][j] : null);
                  }
                }
                boolean lastOverRow =
                    m + 1 == FAN
                        || (crossing[0][m + 1][j] == null && crossing[1][m + 1][j] == null);
                if (up != null && lastOverRow) {
                  cap(
                      j,
                      m > 0 ? crossing[0][m - 1][j] : null,
                      up,
                      down,
                      m > 0 ? crossing[1][m - 1][j] : null,
                      apogee[m],
                      m + 1 < FAN ? apogee[m + 1] : null);
                }
              }
            });
  }

  /**
   * Fills the cap of row j under the last member over it. Parametrised by elevation, the curve of
   * crossings turns there from the way up to the way down, at the apogee of the flight whose apogee
   * is the row: that turning point is estimated between the two members' apogees (linearly in
   * apogee altitude), and the cap is two segments through it, with the previous member's crossings
   * (upBefore, downBefore) as their outer neighbours.
   */
  private void cap(
      int j,
      double[] upBefore,
      double[] up,
      double[] down,
      double[] downBefore,
      double[] apogeeAbove,
      double[] apogeeBelow) {
    double h = R0 + j * rowM;
    if (apogeeAbove == null || apogeeBelow == null || apogeeBelow[R] >= h) {
      segment(j, null, up, down, null);
      return;
    }
    double w = (apogeeAbove[R] - h) / (apogeeAbove[R] - apogeeBelow[R]);
    double[] turn = new double[SAMPLE];
    for (int c = 0; c < SAMPLE; c++) {
      turn[c] = apogeeAbove[c] + w * (apogeeBelow[c] - apogeeAbove[c]);
    }
    segment(j, upBefore, up, turn, down);
    segment(j, up, turn, down, downBefore);
  }

  /**
   * Fills the nodes of row j between two crossings p and q, keeping the shortest time at each. The
   * crossings, as functions of the member (of launch elevation), are joined by a cubic Hermite
   * curve whose tangents come from the neighbouring members o before p and r after q (Catmull–Rom)
   * when they lie on the same side, else by a straight line; a node's place on the curve is found
   * by bisection on its ground range.
   */
  private void segment(int j, double[] o, double[] p, double[] q, double[] r) {
    if (p == null || q == null) {
      return;
    }
    double[] tangentP = tangent(o, p, q);
    double[] tangentQ = tangent(p, q, r);
    double columnRad = columnM / R0;
    double lo = Math.min(p[PSI], q[PSI]);
    double hi = Math.max(p[PSI], q[PSI]);
    // The vertical member's angle is a rounding error above zero: it must still fill column 0.
    int kFirst = (int) Math.ceil(lo / columnRad - 1e-6);
    int kLast = Math.min((int) Math.floor(hi / columnRad), COLUMNS);
    double[] at = new double[SAMPLE];
    for (int k = kFirst; k <= kLast; k++) {
      double psi = k * columnRad;
      double uLo = 0;
      double uHi = 1;
      boolean rising = q[PSI] > p[PSI];
      for (int i = 0; i < 40 && hi > lo; i++) {
        double u = 0.5 * (uLo + uHi);
        if ((hermite(p, tangentP, q, tangentQ, u, PSI) < psi) == rising) {
          uLo = u;
        } else {
          uHi = u;
        }
      }
      double u = 0.5 * (uLo + uHi);
      for (int c = 0; c < SAMPLE; c++) {
        at[c] = hermite(p, tangentP, q, tangentQ, u, c);
      }
      int node = j * (COLUMNS + 1) + k;
      if (at[T] < timeS[node]) {
        timeS[node] = at[T];
        speedMps[node] = at[V];
        angleRad[node] = at[GAMMA];
      }
    }
  }

  /**
   * The tangent at b of the curve through a, b, c per member: (c − a)/2 when a and c are given and
   * b lies between them in ground range, else the chord of the segment it belongs to.
   */
  private static double[] tangent(double[] a, double[] b, double[] c) {
    double[] d = new double[SAMPLE];
    boolean smooth = a != null && c != null && (b[PSI] - a[PSI]) * (c[PSI] - b[PSI]) > 0;
    for (int m = 0; m < SAMPLE; m++) {
      if (smooth) {
        d[m] = 0.5 * (c[m] - a[m]);
      } else if (c != null) {
        d[m] = c[m] - b[m];
      } else {
        d[m] = b[m] - a[m];
      }
    }
    return d;
  }

  /** Component c of the cubic Hermite curve from p (tangent dp) to q (tangent dq) at u ∈ [0, 1]. */
  private static double hermite(double[] p, double[] dp, double[] q, double[] dq, double u, int c) {
    double u2 = u * u;
    double u3 = u2 * u;
    return (2 * u3 - 3 * u2 + 1) * p[c]
        + (u3 - 2 * u2 + u) * dp[c]
        + (-2 * u3 + 3 * u2) * q[c]
        + (u3 - u2) * dq[c];
  }

  /**
   * The fan's launch elevations (rad), evenly spaced from the lowest one that stays above the
   * ground until burnout (lower ones dive into it) to the vertical.
   */
  private static double[] fan(InterceptorType type) {
    double lowRad = 0;
    double highRad = Math.PI / 2;
    for (int i = 0; i < 40; i++) {
      double mid = 0.5 * (lowRad + highRad);
      double[] boost = fly(type, mid, type.burnTimeS());
      double lastTimeS = boost[boost.length - SAMPLE + T];
      if (lastTimeS >= type.burnTimeS() - 1e-9) {
        highRad = mid;
      } else {
        lowRad = mid;
      }
    }
    double[] elevations = new double[FAN];
    for (int m = 0; m < FAN; m++) {
      elevations[m] = Math.PI / 2 - m * (Math.PI / 2 - highRad) / (FAN - 1);
    }
    return elevations;
  }

  /**
   * Flies one elevation a quarter beyond the type's maximum time of flight, so that the table can
   * interpolate up to that limit and reject what lies past it.
   */
  private static double[] fly(InterceptorType type, double elevationRad) {
    return fly(type, elevationRad, 1.25 * type.maxTimeOfFlightS());
  }

  /**
   * Flies one launch elevation.
   *
   * @param elevationRad flight-path angle right after the pitch-over (rad)
   * @param maxTimeS stop at this time after launch (s)
   * @return the samples, {@link #SAMPLE} numbers each, from the launch to the first of: the end
   *     time, the first sample below the launcher's sphere, or stalled
   */
  static double[] fly(InterceptorType type, double elevationRad, double maxTimeS) {
    double[] out = new double[SAMPLE * 1024];
    int n = 0;
    double[] y = {R0, 0, 0, Math.PI / 2};
    double[] k1 = new double[4];
    double[] k2 = new double[4];
    double[] k3 = new double[4];
    double[] k4 = new double[4];
    double[] tmp = new double[4];
    double t = 0;
    out = append(out, n++, t, y);
    // Segments: the vertical rise, each stage's burn (the first less the rise), the coast.
    int stages = type.stages().size();
    double startS = 0;
    double startSpeedMps = 0;
    for (int s = 0; s <= stages && t < maxTimeS; s++) {
      double endS;
      double accelerationMps2;
      if (s < stages) {
        InterceptorType.Stage stage = type.stages().get(s);
        endS = startS + stage.burnTimeS();
        accelerationMps2 = (stage.burnoutSpeedMps() - startSpeedMps) / stage.burnTimeS();
        startSpeedMps = stage.burnoutSpeedMps();
        startS = endS;
      } else {
        endS = maxTimeS;
        accelerationMps2 = Double.NaN;
      }
      double segmentEndS = Math.min(endS, maxTimeS);
      double stepS = s < stages ? BOOST_STEP_S : COAST_STEP_S;
      while (t < segmentEndS) {
        if (s == 0 && t == 0) {
          // The rise is straight up at the stage's rate: exact, then the pitch-over.
          double riseS = Math.min(VERTICAL_RISE_S, 0.5 * segmentEndS);
          y[0] = R0 + 0.5 * accelerationMps2 * riseS * riseS;
          y[2] = accelerationMps2 * riseS;
          y[3] = elevationRad;
          t = riseS;
          out = append(out, n++, t, y);
          continue;
        }
        int steps = (int) Math.ceil((segmentEndS - t) / stepS - 1e-9);
        double h = (segmentEndS - t) / steps;
        for (int i = 0; i < steps; i++) {
          derivatives(y, accelerationMps2, k1);
          axpy(y, 0.5 * h, k1, tmp);
          derivatives(tmp, accelerationMps2, k2);
          axpy(y, 0.5 * h, k2, tmp);
          derivatives(tmp, accelerationMps2, k3);
          axpy(y, h, k3, tmp);
          derivatives(tmp, accelerationMps2, k4);
          for (int c = 0; c < 4; c++) {
            y[c] += h / 6 * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
          }
          t = i == steps - 1 ? segmentEndS : t + h;
          out = append(out, n++, t, y);
          if (y[0] < R0 || y[2] < STALL_MPS) {
            return Arrays.copyOf(out, n * SAMPLE);
          }
        }
      }
    }
    return Arrays.copyOf(out, n * SAMPLE);
  }

  /** State y = (r, ψ, v, γ); a NaN acceleration means coasting. */
  private static void derivatives(double[] y, double accelerationMps2, double[] yDot) {
    double r = y[0];
    double v = y[2];
    double sinG = Math.sin(y[3]);
    double cosG = Math.cos(y[3]);
    double g = MU / (r * r);
    yDot[0] = v * sinG;
    yDot[1] = v * cosG / r;
    yDot[2] = Double.isNaN(accelerationMps2) ? -g * sinG : accelerationMps2;
    yDot[3] = -(g / v - v / r) * cosG;
  }

  private static void axpy(double[] y, double h, double[] k, double[] out) {
    for (int c = 0; c < 4; c++) {
      out[c] = y[c] + h * k[c];
    }
  }

  private static double[] append(double[] out, int n, double t, double[] y) {
    double[] buffer = (n + 1) * SAMPLE > out.length ? Arrays.copyOf(out, out.length * 2) : out;
    int o = n * SAMPLE;
    buffer[o + T] = t;
    buffer[o + R] = y[0];
    buffer[o + PSI] = y[1];
    buffer[o + V] = y[2];
    buffer[o + GAMMA] = y[3];
    return buffer;
  }
}
