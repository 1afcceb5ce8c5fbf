package shield.engage;

/** STAND-IN (replaced by the engage work). */
public final class Flyout {
  public static Flyout of(InterceptorType type) {
    throw new UnsupportedOperationException();
  }

  public InterceptorType type() {
    throw new UnsupportedOperationException();
  }

  public Reach reach(double groundRangeM, double altitudeM) {
    throw new UnsupportedOperationException();
  }
}
