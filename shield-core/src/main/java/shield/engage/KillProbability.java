package shield.engage;

/** STAND-IN (replaced by the engage work). */
public final class KillProbability {
  public static double predicted(InterceptorType type, Opportunity o, double trackSigmaM) {
    throw new UnsupportedOperationException();
  }
}
