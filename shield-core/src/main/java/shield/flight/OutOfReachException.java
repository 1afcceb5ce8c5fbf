package shield.flight;

/** Thrown when an aim point lies beyond a missile's reach from its launch site. */
public final class OutOfReachException extends TargetingException {
  private static final long serialVersionUID = 1L;

  private final double distanceM;
  private final double reachM;
  private final double azimuthRad;

  /**
   * @param missileId the missile type
   * @param distanceM geodesic distance to the aim point (m)
   * @param reachM the missile's greatest range on that azimuth (m)
   * @param azimuthRad the launch azimuth (rad)
   */
  public OutOfReachException(String missileId, double distanceM, double reachM, double azimuthRad) {
    super(
        String.format(
            "the aim point is %,.0f km away, beyond the reach of %s on azimuth %.1f° (%,.0f km)",
            distanceM / 1000, missileId, Math.toDegrees(azimuthRad), reachM / 1000));
    this.distanceM = distanceM;
    this.reachM = reachM;
    this.azimuthRad = azimuthRad;
  }

  /** Geodesic distance from the launch site to the aim point (m). */
  public double distanceM() {
    return distanceM;
  }

  /** The missile's greatest range on the launch azimuth (m). */
  public double reachM() {
    return reachM;
  }

  /** Launch azimuth toward the aim point (rad). */
  public double azimuthRad() {
    return azimuthRad;
  }
}
