package shield.flight;

/**
 * An adaptive embedded Runge–Kutta integrator over primitive arrays: the step loop, step-size
 * control, step observer and corner handling that {@link DormandPrince54} and {@link
 * DormandPrince853} share; each supplies its trial step.
 *
 * <p>A trial step returns its error ratio (the method's error estimate, each component scaled by
 * its absolute tolerance plus the relative tolerance times its size); the step is accepted when the
 * ratio is at most one, and the next step is h · 0.9 err^(−1/q), q the order of the estimate,
 * clamped between the method's smallest and largest factors. The last stage is the next step's
 * first (FSAL).
 *
 * <p>Embedded error estimates cannot see a corner in the right-hand side (a kink in a table, a
 * layer boundary of the atmosphere): both solutions of the pair err alike there. A caller that
 * knows where its forces have corners gives {@link Regions}; a step that would cross into another
 * region is shortened to end just past the crossing, found on the step's cubic Hermite interpolant,
 * so that no step straddles a corner. Not thread-safe: one instance per integration in progress.
 */
abstract class EmbeddedRungeKutta {

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

  private static final int MAX_STEPS = 1_000_000;

  /** Dimension of the state. */
  final int n;

  /** f at the start of the step being tried: its first stage. */
  final double[] fStart;

  /** f at the end of the step being tried: its last stage, and the next step's first. */
  final double[] fEnd;

  /** Work array for the stages. */
  final double[] yTmp;

  /** The solution at the end of the step being tried. */
  final double[] yNew;

  private final double[] absoluteTolerance;
  private final double relativeTolerance;
  private final double exponent;
  private final double minFactor;
  private final double maxFactor;
  private final double[] yPrev;
  private final double[] fPrev;
  private double nextStepS;
  private long evaluations;

  /**
   * @param absoluteTolerance absolute tolerance of each component, in its unit
   * @param relativeTolerance relative tolerance (dimensionless)
   * @param estimateOrder q, the order in h of the error estimate
   * @param minFactor smallest ratio of a step to the last one
   * @param maxFactor largest ratio of a step to the last one
   */
  EmbeddedRungeKutta(
      double[] absoluteTolerance,
      double relativeTolerance,
      int estimateOrder,
      double minFactor,
      double maxFactor) {
    this.n = absoluteTolerance.length;
    this.absoluteTolerance = absoluteTolerance.clone();
    this.relativeTolerance = relativeTolerance;
    this.exponent = -1.0 / estimateOrder;
    this.minFactor = minFactor;
    this.maxFactor = maxFactor;
    fStart = new double[n];
    fEnd = new double[n];
    yTmp = new double[n];
    yNew = new double[n];
    yPrev = new double[n];
    fPrev = new double[n];
  }

  /**
   * One trial step of size h from (t, y), with {@link #fStart} = f(t, y): fills {@link #yNew} and
   * {@link #fEnd} = f(t + h, yNew), counts its evaluations, and returns the error ratio.
   */
  abstract double attempt(Derivatives f, double t, double[] y, double h);

  /** The error scale of component i between y and {@link #yNew}. */
  final double scale(int i, double[] y) {
    return absoluteTolerance[i] + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
  }

  /** Counts derivative evaluations made by a trial step. */
  final void counted(int evaluationsMade) {
    evaluations += evaluationsMade;
  }

  /** Derivative evaluations so far, for benchmarks and tests. */
  final long evaluations() {
    return evaluations;
  }

  /** The step size the controller proposes after the last integration (s). */
  final double nextStepS() {
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
  final double integrate(
      Derivatives f, double t0, double[] y, double tEnd, double firstStepS, StepObserver observer) {
    return integrate(f, null, t0, y, tEnd, firstStepS, observer);
  }

  /**
   * Integrates from t0 to tEnd (tEnd &gt; t0), or until the observer stops it, ending steps at the
   * boundaries between regions.
   *
   * @param regions where the right-hand side is smooth, or null if it is smooth everywhere
   */
  final double integrate(
      Derivatives f,
      Regions regions,
      double t0,
      double[] y,
      double tEnd,
      double firstStepS,
      StepObserver observer) {
    double t = t0;
    double h = Math.min(firstStepS, tEnd - t0);
    f.compute(t, y, fStart);
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
        System.arraycopy(fStart, 0, fPrev, 0, n);
        System.arraycopy(yNew, 0, y, 0, n);
        System.arraycopy(fEnd, 0, fStart, 0, n);
        // After a step cut short at a corner, the full step that passed the error test is safe.
        nextStepS = shortened ? Math.max(h * factor(err), unshortenedS) : h * factor(err);
        shortened = false;
        boolean go = observer.accepted(t, yPrev, fPrev, tNew, y, fStart);
        t = tNew;
        if (!go || last) {
          return t;
        }
        h = nextStepS;
      } else {
        h *= factor(err);
        if (h < 1e-12 * Math.max(1, Math.abs(t))) {
          throw new IllegalStateException("step size underflow at t = " + t + " s");
        }
      }
    }
    throw new IllegalStateException("more than " + MAX_STEPS + " steps from t = " + t0 + " s");
  }

  /** The ratio of the next step to this one for an error ratio (the largest for err = 0). */
  private double factor(double err) {
    return Math.min(maxFactor, Math.max(minFactor, 0.9 * Math.pow(err, exponent)));
  }

  /**
   * Where in the step just tried the state leaves a region: the fraction of the step just past the
   * boundary, by bisection on the cubic Hermite interpolant of (y, fStart) and (yNew, fEnd).
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
        yTmp[i] = h00 * y[i] + h10 * fStart[i] + h01 * yNew[i] + h11 * fEnd[i];
      }
      if (regions.region(t + s * h, yTmp) == region) {
        lo = s;
      } else {
        hi = s;
      }
    }
    return hi;
  }
}
