package shield.flight;

import java.util.Arrays;

/**
 * A drag coefficient as a function of Mach number: piecewise linear between the given points,
 * held constant beyond the first and the last.
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
    if (machNumber <= mach[0]) {
      return dragCoefficient[0];
    }
    int last = mach.length - 1;
    if (machNumber >= mach[last]) {
      return dragCoefficient[last];
    }
    int i = 1;
    while (mach[i] < machNumber) {
      i++;
    }
    double f = (machNumber - mach[i - 1]) / (mach[i] - mach[i - 1]);
    return dragCoefficient[i - 1] + f * (dragCoefficient[i] - dragCoefficient[i - 1]);
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
