package shield.flight;

import java.util.function.DoubleUnaryOperator;

/**
 * Golden-section search, for the one-dimensional optimisations of flight, targeting and the
 * analyses that choose a trajectory's shape.
 */
public final class GoldenSection {
  private GoldenSection() {}

  /** The minimiser of a unimodal function on [lo, hi], to a tolerance in its argument. */
  public static double minimum(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
    double g = (Math.sqrt(5) - 1) / 2;
    double c = hi - g * (hi - lo);
    double d = lo + g * (hi - lo);
    double fc = f.applyAsDouble(c);
    double fd = f.applyAsDouble(d);
    while (hi - lo > tolerance) {
      if (fc < fd) {
        hi = d;
        d = c;
        fd = fc;
        c = hi - g * (hi - lo);
        fc = f.applyAsDouble(c);
      } else {
        lo = c;
        c = d;
        fc = fd;
        d = lo + g * (hi - lo);
        fd = f.applyAsDouble(d);
      }
    }
    return fc < fd ? c : d;
  }
}
