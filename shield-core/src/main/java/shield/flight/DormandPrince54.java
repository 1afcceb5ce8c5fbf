package shield.flight;

/**
 * The adaptive Dormand–Prince 5(4) Runge–Kutta integrator: the kernel under powered flight and
 * reentry, where the forces have corners and steps stay short.
 *
 * <p>Coefficients from Dormand &amp; Prince, "A family of embedded Runge-Kutta formulae", J.
 * Comput. Appl. Math. 6 (1980). The fifth-order solution is propagated (local extrapolation); the
 * error ratio is the root mean square of its difference from the fourth-order solution, each
 * component scaled as {@link EmbeddedRungeKutta} says; steps change by a factor of 0.1 to 5.
 */
final class DormandPrince54 extends EmbeddedRungeKutta {

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

  private final double[] k2;
  private final double[] k3;
  private final double[] k4;
  private final double[] k5;
  private final double[] k6;

  /**
   * @param absoluteTolerance absolute tolerance of each component, in its unit
   * @param relativeTolerance relative tolerance (dimensionless)
   */
  DormandPrince54(double[] absoluteTolerance, double relativeTolerance) {
    super(absoluteTolerance, relativeTolerance, 5, 0.1, 5);
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    k5 = new double[n];
    k6 = new double[n];
  }

  @Override
  double attempt(Derivatives f, double t, double[] y, double h) {
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * A21 * fStart[i];
    }
    f.compute(t + C2 * h, yTmp, k2);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A31 * fStart[i] + A32 * k2[i]);
    }
    f.compute(t + C3 * h, yTmp, k3);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A41 * fStart[i] + A42 * k2[i] + A43 * k3[i]);
    }
    f.compute(t + C4 * h, yTmp, k4);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A51 * fStart[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    }
    f.compute(t + C5 * h, yTmp, k5);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i] + h * (A61 * fStart[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    f.compute(t + h, yTmp, k6);
    for (int i = 0; i < n; i++) {
      yNew[i] = y[i] + h * (B1 * fStart[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
    }
    f.compute(t + h, yNew, fEnd);
    counted(6);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double e =
          h * (E1 * fStart[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * fEnd[i]);
      double r = e / scale(i, y);
      sum += r * r;
    }
    return Math.sqrt(sum / n);
  }
}
