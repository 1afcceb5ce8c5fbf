package shield.flight;

/**
 * The adaptive Dormand–Prince 5(4) Runge–Kutta integrator over primitive arrays: the hot kernel
 * under every flight.
 *
 * <p>Coefficients from Dormand &amp; Prince, "A family of embedded Runge-Kutta formulae", J.
 * Comput. Appl. Math. 6 (1980). The fifth-order solution is propagated (local extrapolation) and
 * the last stage is the next step's first (FSAL). The step is accepted when the root mean square of
 * the error, each component scaled by its absolute tolerance plus the relative tolerance times its
 * size, is at most one.
 *
 * <p>Embedded error estimates cannot see a corner in the right-hand side (a kink in a table, a
 * layer boundary of the atmosphere): both solutions of the pair err alike there. A caller that
 * knows where its forces have corners gives {@link Regions}; a step that would cross into another
 * region is shortened to end just past the crossing, found on the step's cubic Hermite interpolant,
 * so that no step straddles a corner. Not thread-safe: one instance per flight being integrated.
 */
final class DormandPrince54 {

  /** The right-hand side y' = f(t, y). */
  interface Derivatives {
    /** Writes f(t, y) into {@code yDot}; must not keep or change {@code y}. */
    void compute(double t, double[] y, double[] yDot);
  }

  /** Told of every accepted step; may stop the integration. */
  interface StepObserver {
    /**
     * Called after each accepted step from {@code tPrev} to {@code t}, with the state and its
     * derivative at both ends; the arrays are the integrator's, valid only during the call.
     *
     * @return false to stop the integration after this step
     */
    boolean accepted(
        double tPrev, double[] yPrev, double[] fPrev, double t, double[] y, double[] f);
  }

  /** Labels the regions of state space inside which the right-hand side is smooth. */
  interface Regions {
    /** The region of a state; any change between two states means a corner lies between them. */
    int region(double t, double[] y);
  }

  /** Relative precision (of a step) to which a region boundary is located. */
  private static final double CROSSING_PRECISION = 1e-7;

  private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
  private static final double A21 = 1.0 / 5;
  private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
  private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
  private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187;
  private static final double A53 = 64448.0 / 6561, A54 = -212.0 / 729;
  private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247;
  private static final double A64 = 49.0 / 176, A65 = -5103.0 / 18656;
  private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192;
  private static final double B5 = -2187.0 / 6784, B6 = 11.0 / 84;
  // Fifth- minus fourth-order weights, for the error estimate.
  private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920;
  private static final double E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

  private static final int MAX_STEPS = 1_000_000;

  private final int n;
  private final double[] absoluteTolerance;
  private final double relativeTolerance;
  private final double[] k1, k2, k3, k4, k5, k6, k7, yTmp, yNew, yPrev, fPrev;
  private double nextStepS;
  private long evaluations;

  /**
   * @param absoluteTolerance absolute tolerance of each component, in its unit
   * @param relativeTolerance relative tolerance (dimensionless)
   */
  DormandPrince54(double[] absoluteTolerance, double relativeTolerance) {
    this.n = absoluteTolerance.length;
    this.absoluteTolerance = absoluteTolerance.clone();
    this.relativeTolerance = relativeTolerance;
    k1 = new double[n];
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    k5 = new double[n];
    k6 = new double[n];
    k7 = new double[n];
    yTmp = new double[n];
    yNew = new double[n];
    yPrev = new double[n];
    fPrev = new double[n];
  }

  /** Derivative evaluations so far, for benchmarks and tests. */
  long evaluations() {
    return evaluations;
  }

  /** The step size the controller proposes after the last integration (s). */
  double nextStepS() {
    return nextStepS;
  }

  /**
   * Integrates from t0 to tEnd (tEnd &gt; t0), or until the observer stops it.
   *
   * @param f the right-hand side
   * @param t0 start time (s)
   * @param y the state at t0; holds the final state on return
   * @param tEnd end time (s)
   * @param firstStepS trial size of the first step (s)
   * @param observer told of each accepted step
   * @return the time reached: tEnd, or where the observer stopped
   */
  double integrate(
      Derivatives f, double t0, double[] y, double tEnd, double firstStepS, StepObserver observer) {
    return integrate(f, null, t0, y, tEnd, firstStepS, observer);
  }

  /**
   * Integrates from t0 to tEnd (tEnd &gt; t0), or until the observer stops it, ending steps at the
   * boundaries between regions.
   *
   * @param regions where the right-hand side is smooth, or null if it is smooth everywhere
   */
  double integrate(
      Derivatives f,
      Regions regions,
      double t0,
      double[] y,
      double tEnd,
      double firstStepS,
      StepObserver observer) {
    double t = t0;
    double h = Math.min(firstStepS, tEnd - t0);
    f.compute(t, y, k1);
    evaluations++;
    int region = regions == null ? 0 : regions.region(t, y);
    boolean shortened = false;
    double unshortenedS = 0;
    for (int step = 0; step < MAX_STEPS; step++) {
      boolean last = !shortened && t + h >= tEnd - 1e-12 * Math.max(1, Math.abs(tEnd));
      if (last) {
        h = tEnd - t;
      }
      double err = attempt(f, t, y, h);
      if (err <= 1 && regions != null) {
        int reached = regions.region(t + h, yNew);
        if (reached != region && !shortened) {
          double s = crossing(regions, region, t, y, h);
          if (s < 1 - CROSSING_PRECISION) {
            unshortenedS = h;
            h *= s;
            shortened = true;
            continue;
          }
        }
        region = reached;
      }
      if (err <= 1) {
        double tNew = last ? tEnd : t + h;
        System.arraycopy(y, 0, yPrev, 0, n);
        System.arraycopy(k1, 0, fPrev, 0, n);
        System.arraycopy(yNew, 0, y, 0, n);
        System.arraycopy(k7, 0, k1, 0, n);
        double grow = err == 0 ? 5 : Math.min(5, 0.9 * Math.pow(err, -0.2));
        // After a step cut short at a corner, the full step that passed the error test is safe.
        nextStepS = shortened ? Math.max(h * grow, unshortenedS) : h * grow;
        shortened = false;
        boolean go = observer.accepted(t, yPrev, fPrev, tNew, y, k1);
        t = tNew;
        if (!go || last) {
          return t;
        }
        h = nextStepS;
      } else {
        h *= Math.max(0.1, 0.9 * Math.pow(err, -0.2));
        if (h < 1e-12 * Math.max(1, Math.abs(t))) {
          throw new IllegalStateException("step size underflow at t = " + t + " s");
        }
      }
    }
    throw new IllegalStateException("more than " + MAX_STEPS + " steps from t = " + t0 + " s");
  }

  /**
   * Where in the step just tried the state leaves a region: the fraction of the step just past the
   * boundary, by bisection on the cubic Hermite interpolant of (y, k1) and (yNew, k7).
   */
  private double crossing(Regions regions, int region, double t, double[] y, double h) {
    double lo = 0;
    double hi = 1;
    while (hi - lo > CROSSING_PRECISION) {
      double s = 0.5 * (lo + hi);
      double s2 = s * s;
      double s3 = s2 * s;
      double h00 = 2 * s3 - 3 * s2 + 1;
      double h10 = (s3 - 2 * s2 + s) * h;
      double h01 = 3 * s2 - 2 * s3;
      double h11 = (s3 - s2) * h;
      for (int i = 0; i < n; i++) {
        yTmp[i] = h00 * y[i] + h10 * k1[i] + h01 * yNew[i] + h11 * k7[i];
      }
      if (regions.region(t + s * h, yTmp) == region) {
        lo = s;
      } else {
        hi = s;
      }
    }
    return hi;
  }

  /**
   * One trial step of size h from (t, y) with k1 = f(t, y); fills yNew and k7; returns the error.
   */
  private double attempt(Derivatives f, double t, double[] y, double h) {
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * A21 * k1[i];
    }
    f.compute(t + C2 * h, yTmp, k2);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
    }
    f.compute(t + C3 * h, yTmp, k3);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    }
    f.compute(t + C4 * h, yTmp, k4);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    }
    f.compute(t + C5 * h, yTmp, k5);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    f.compute(t + h, yTmp, k6);
    for (int i = 0; i < n; i++) {
      yNew[i] = y[i] + h * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
    }
    f.compute(t + h, yNew, k7);
    evaluations += 6;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
      double scale =
          absoluteTolerance[i] + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
      double r = e / scale;
      sum += r * r;
    }
    return Math.sqrt(sum / n);
  }
}
