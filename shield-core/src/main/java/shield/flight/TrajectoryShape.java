package shield.flight;

/** The shape of trajectory that targeting looks for between a launch site and an aim point. */
public sealed interface TrajectoryShape {

  /**
   * The trajectory that reaches the aim point burning the least propellant: the pitch programme
   * that needs the earliest thrust cutoff. The default, and the convention of published ranges.
   */
  record MinimumEnergy() implements TrajectoryShape {}

  /**
   * A trajectory whose apogee is a given height: above the minimum-energy apogee it is lofted,
   * below it flattened; thrust is cut off as needed to meet the range.
   *
   * @param apogeeM apogee above the ellipsoid (m)
   */
  record Apogee(double apogeeM) implements TrajectoryShape {
    public Apogee {
      if (!(apogeeM > 0)) {
        throw new IllegalArgumentException("apogee must be > 0 m, got " + apogeeM);
      }
    }
  }

  /**
   * The depressed trajectory: every stage burns out and the pitch programme is flattened until the
   * range is met, the lowest and fastest path this missile can fly to the aim point.
   */
  record Depressed() implements TrajectoryShape {}
}
