package shield.flight;

/**
 * The free parameters of a flight that targeting chooses: where to point and how hard to pitch
 * over, and when to end the burn.
 *
 * @param azimuthRad launch azimuth, clockwise from north at the launch site (rad), held in [0, 2π)
 * @param kickAngleRad tilt of the thrust from the vertical at the end of the pitch-over (rad);
 *     larger kicks give flatter trajectories
 * @param cutoffTimeS time after launch when thrust is terminated and the reentry vehicle separates
 *     (s); {@link Double#POSITIVE_INFINITY} or any value past the last burnout burns every stage
 */
public record Guidance(double azimuthRad, double kickAngleRad, double cutoffTimeS) {

  public Guidance {
    if (!Double.isFinite(azimuthRad) || !Double.isFinite(kickAngleRad)) {
      throw new IllegalArgumentException("guidance angles must be finite");
    }
    if (!(kickAngleRad >= 0 && kickAngleRad < Math.PI / 2)) {
      throw new IllegalArgumentException("kick angle must be in [0, 90°), got " + kickAngleRad);
    }
    azimuthRad %= 2 * Math.PI;
    if (azimuthRad < 0) {
      azimuthRad += 2 * Math.PI;
    }
    if (azimuthRad >= 2 * Math.PI) {
      // A tiny negative angle plus 2π rounds to 2π itself.
      azimuthRad = 0;
    }
    if (!(cutoffTimeS > 0)) {
      throw new IllegalArgumentException("cutoff time must be > 0 s, got " + cutoffTimeS);
    }
  }

  /** Full burn of every stage. */
  public static Guidance fullBurn(double azimuthRad, double kickAngleRad) {
    return new Guidance(azimuthRad, kickAngleRad, Double.POSITIVE_INFINITY);
  }

  public Guidance withAzimuthRad(double azimuth) {
    return new Guidance(azimuth, kickAngleRad, cutoffTimeS);
  }

  public Guidance withKickAngleRad(double kick) {
    return new Guidance(azimuthRad, kick, cutoffTimeS);
  }

  public Guidance withCutoffTimeS(double cutoff) {
    return new Guidance(azimuthRad, kickAngleRad, cutoff);
  }
}
