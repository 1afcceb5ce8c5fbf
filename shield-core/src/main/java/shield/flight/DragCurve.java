package shield.flight;

import java.util.Arrays;

/**
 * A drag coefficient as a function of Mach number: a monotone piecewise cubic through the given
 * points, held constant beyond the first and the last.
 *
 * <p>The cubic is Hermite's with the slopes of Fritsch &amp; Carlson (SIAM J. Numer. Anal. 17,
 * 1980) in the weighted harmonic form of Brodlie: it never overshoots the points (no invented drag
 * peaks), and it has a continuous first derivative, zero at both ends where the constant extensions
 * join. Straight segments would put a kink in the drag at every point, and kinks are what an
 * adaptive integrator's error estimate cannot see.
 *
 * @param mach Mach numbers, strictly increasing, at least one
 * @param dragCoefficient the drag coefficient (dimensionless, on the owner's reference area) at
 *     each Mach number
 */
public record DragCurve(double[] mach, double[] dragCoefficient) {

  public DragCurve {
    if (mach.length == 0 || mach.length != dragCoefficient.length) {
      throw new IllegalArgumentException(
          "a drag curve needs as many coefficients as Mach numbers, at least one; got "
              + mach.length
              + " Mach numbers and "
              + dragCoefficient.length
              + " coefficients");
    }
    for (int i = 0; i < mach.length; i++) {
      if (!(dragCoefficient[i] >= 0) || !(mach[i] >= 0)) {
        throw new IllegalArgumentException(
            "drag curve point " + i + " must have Mach >= 0 and a coefficient >= 0");
      }
      if (i > 0 && !(mach[i] > mach[i - 1])) {
        throw new IllegalArgumentException("drag curve Mach numbers must increase strictly");
      }
    }
    mach = mach.clone();
    dragCoefficient = dragCoefficient.clone();
  }

  /** A curve with one coefficient at every Mach number. */
  public static DragCurve constant(double dragCoefficient) {
    return new DragCurve(new double[] {0}, new double[] {dragCoefficient});
  }

  /** The drag coefficient at a Mach number (dimensionless). */
  public double at(double machNumber) {
    int last = mach.length - 1;
    if (machNumber <= mach[0]) {
      return dragCoefficient[0];
    }
    if (machNumber >= mach[last]) {
      return dragCoefficient[last];
    }
    int i = 1;
    while (mach[i] < machNumber) {
      i++;
    }
    i--;
    double h = mach[i + 1] - mach[i];
    double t = (machNumber - mach[i]) / h;
    double t2 = t * t;
    double t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * dragCoefficient[i]
        + (t3 - 2 * t2 + t) * h * slope(i)
        + (3 * t2 - 2 * t3) * dragCoefficient[i + 1]
        + (t3 - t2) * h * slope(i + 1);
  }

  /**
   * The piece of the curve that holds a Mach number: −1 below the first point, i between points i
   * and i + 1, the last index beyond the last point. The curve is smooth inside a piece.
   */
  int piece(double machNumber) {
    int i = -1;
    while (i + 1 < mach.length && mach[i + 1] <= machNumber) {
      i++;
    }
    return i;
  }

  /** The slope dC_D/dM at point k: zero at the ends and at local extremes. */
  private double slope(int k) {
    if (k == 0 || k == mach.length - 1) {
      return 0;
    }
    double hBefore = mach[k] - mach[k - 1];
    double hAfter = mach[k + 1] - mach[k];
    double before = (dragCoefficient[k] - dragCoefficient[k - 1]) / hBefore;
    double after = (dragCoefficient[k + 1] - dragCoefficient[k]) / hAfter;
    if (before * after <= 0) {
      return 0;
    }
    return 3
        * (hBefore + hAfter)
        / ((2 * hAfter + hBefore) / before + (hAfter + 2 * hBefore) / after);
  }

  @Override
  public double[] mach() {
    return mach.clone();
  }

  @Override
  public double[] dragCoefficient() {
    return dragCoefficient.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DragCurve d
        && Arrays.equals(mach, d.mach)
        && Arrays.equals(dragCoefficient, d.dragCoefficient);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mach) + Arrays.hashCode(dragCoefficient);
  }

  @Override
  public String toString() {
    return "DragCurve" + Arrays.toString(mach) + " -> " + Arrays.toString(dragCoefficient);
  }
}
