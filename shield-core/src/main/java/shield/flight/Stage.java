package shield.flight;

/**
 * One rocket stage: its propellant and structure, a constant mass flow over its burn, and the
 * thrust that follows from its vacuum specific impulse less the back-pressure on its nozzle exit.
 *
 * <p>Thrust at ambient pressure p: F = ṁ g₀ Isp_vac − p A_e, with ṁ = m_propellant / t_burn.
 *
 * @param propellantMassKg propellant burned over the stage's burn (kg)
 * @param dryMassKg structure and engine, dropped at stage burnout (kg)
 * @param burnTimeS burn duration at full thrust (s)
 * @param vacuumSpecificImpulseS specific impulse in vacuum (s)
 * @param nozzleExitAreaM2 nozzle exit area (m²), for the back-pressure loss; 0 when the impulse is
 *     already an effective value
 * @param diameterM body diameter (m); its cross-section is the drag reference area while this stage
 *     is the lowest of the stack
 */
public record Stage(
    double propellantMassKg,
    double dryMassKg,
    double burnTimeS,
    double vacuumSpecificImpulseS,
    double nozzleExitAreaM2,
    double diameterM) {

  /** Standard gravity for specific impulse (m/s²), by definition (CGPM 1901). */
  public static final double STANDARD_GRAVITY_MPS2 = 9.80665;

  public Stage {
    requirePositive(propellantMassKg, "propellant mass (kg)");
    requirePositive(dryMassKg, "dry mass (kg)");
    requirePositive(burnTimeS, "burn time (s)");
    requirePositive(vacuumSpecificImpulseS, "vacuum specific impulse (s)");
    requirePositive(diameterM, "diameter (m)");
    if (!(nozzleExitAreaM2 >= 0)) {
      throw new IllegalArgumentException(
          "nozzle exit area must be >= 0 m², got " + nozzleExitAreaM2);
    }
  }

  static void requirePositive(double value, String what) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a positive number, got " + value);
    }
  }

  /** Mass flow while burning (kg/s). */
  public double massFlowKgPerS() {
    return propellantMassKg / burnTimeS;
  }

  /** Thrust in vacuum (N). */
  public double vacuumThrustN() {
    return massFlowKgPerS() * STANDARD_GRAVITY_MPS2 * vacuumSpecificImpulseS;
  }

  /** Thrust at an ambient pressure (N), never below zero. */
  public double thrustN(double ambientPressurePa) {
    return Math.max(0, vacuumThrustN() - ambientPressurePa * nozzleExitAreaM2);
  }

  /** Loaded mass: propellant plus structure (kg). */
  public double grossMassKg() {
    return propellantMassKg + dryMassKg;
  }

  /** Cross-section of the body (m²). */
  public double referenceAreaM2() {
    return Math.PI * diameterM * diameterM / 4;
  }
}
