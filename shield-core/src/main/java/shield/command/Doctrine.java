package shield.command;

import java.util.Objects;

/**
 * How a battery fires at a threat: one shot then a look, or a salvo; and how well the defence tells
 * a kill from a miss.
 *
 * @param policy the firing policy
 * @param salvoSize interceptors fired together in a salvo, at least 1
 * @param killAssessmentDelayS from an intercept to the assessment of its outcome (s)
 * @param killAssessmentAccuracy probability that the assessment is right, kill or miss, in [0, 1]
 */
public record Doctrine(
    Policy policy, int salvoSize, double killAssessmentDelayS, double killAssessmentAccuracy) {

  /** The firing policies. */
  public enum Policy {
    /**
     * Shoot–look–shoot when the window leaves time for an assessment and a second shot, else a
     * salvo.
     */
    SHOOT_LOOK_SHOOT,
    /** Always a salvo. */
    SALVO,
    /** Always one interceptor at a time, whether or not a second shot can follow. */
    SINGLE
  }

  /**
   * Shoot–look–shoot, else a salvo of two; assessment 10 s after the intercept, right 90% of the
   * time (notional).
   */
  public static Doctrine defaults() {
    return new Doctrine(Policy.SHOOT_LOOK_SHOOT, 2, 10, 0.9);
  }

  public Doctrine {
    Objects.requireNonNull(policy, "policy");
    if (salvoSize < 1) {
      throw new IllegalArgumentException("salvo size must be at least 1, got " + salvoSize);
    }
    if (!(killAssessmentDelayS >= 0)) {
      throw new IllegalArgumentException(
          "kill assessment delay must be >= 0 s, got " + killAssessmentDelayS);
    }
    if (!(killAssessmentAccuracy >= 0 && killAssessmentAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "kill assessment accuracy must be in [0, 1], got " + killAssessmentAccuracy);
    }
  }
}
